package de.lotse.answer;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;

/**
 * Looks up the terms of one question in one field of an index, with one terms enumerator per
 * segment for all of them.
 *
 * <p>Does what {@link TermStates#build} does per term, but each new enumerator clones the terms
 * dictionary's input, which dominated the memory a question allocated. The states it returns are
 * handed to the term queries, so that scoring does not look the terms up a second time.
 */
final class TermLookup {

  private final IndexReaderContext top;
  private final TermsEnum[] segments;

  TermLookup(IndexReaderContext top, String field) throws IOException {
    this.top = top;
    List<LeafReaderContext> leaves = top.leaves();
    this.segments = new TermsEnum[leaves.size()];
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
}
