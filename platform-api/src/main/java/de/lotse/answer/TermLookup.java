package de.lotse.answer;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * Looks up the terms of one question in one field of an index and reads their postings, with one
 * terms enumerator and one postings enumerator per segment for all of them.
 *
 * <p>Does what {@link TermStates#build} and a term query's scorer do per term, without a new
 * enumerator per term: each one clones the index's inputs and buffers, which dominated the
 * memory a question allocated.
 */
final class TermLookup {

  private final IndexReaderContext top;
  private final TermsEnum[] segments;
  private final PostingsEnum[] postings;

  TermLookup(IndexReaderContext top, String field) throws IOException {
    this.top = top;
    List<LeafReaderContext> leaves = top.leaves();
    this.segments = new TermsEnum[leaves.size()];
    this.postings = new PostingsEnum[leaves.size()];
    for (LeafReaderContext leaf : leaves) {
      Terms terms = leaf.reader().terms(field);
      segments[leaf.ord] = terms == null ? null : terms.iterator();
    }
  }

  /** The term's state in every segment that has it, with its statistics summed over them. */
  TermStates states(Term term) throws IOException {
    TermStates states = new TermStates(top);
    for (int ord = 0; ord < segments.length; ord++) {
      TermsEnum segment = segments[ord];
      if (segment != null && segment.seekExact(term.bytes())) {
        states.register(segment.termState(), ord, segment.docFreq(), segment.totalTermFreq());
      }
    }
    return states;
  }

  /** Hands every document with the term (index-wide numbers, deleted ones too) and its frequency. */
  void forEachPosting(Term term, TermStates states, PostingConsumer consumer) throws IOException {
    for (LeafReaderContext leaf : top.leaves()) {
      TermState state = states.get(leaf);
      if (state == null) {
        continue;
      }
      TermsEnum segment = segments[leaf.ord];
      segment.seekExact(term.bytes(), state);
      PostingsEnum docs = segment.postings(postings[leaf.ord], PostingsEnum.FREQS);
      postings[leaf.ord] = docs;
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        consumer.accept(leaf.docBase + doc, docs.freq());
      }
    }
  }

  @FunctionalInterface
  interface PostingConsumer {
    void accept(int doc, int freq);
  }
}
