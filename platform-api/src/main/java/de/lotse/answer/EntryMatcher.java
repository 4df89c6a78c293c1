package de.lotse.answer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Scores the entries of one language index against the analysed terms of a question.
 *
 * <p>Each term is looked up in the sample questions, the title and the answer text, and counts
 * with its best field (sample questions weigh most: users ask like the sample questions, while
 * answers speak about many things). The raw BM25 score is divided by what a document would score
 * that contained every term of the question with unlimited frequency in its sample questions, so
 * the result is a 0..1 share of the question's information that the entry covers. Terms the index
 * has never seen count in that denominator as if rare: a question about the weather is mostly
 * unknown words and therefore scores low against every entry. Typos are corrected before this,
 * when the question's concepts are built ({@link QueryConcept}).
 */
final class EntryMatcher {

  static final String[] FIELDS = {LanguageIndex.QUESTIONS, LanguageIndex.TITLE, LanguageIndex.ANSWER};
  private static final float[] FIELD_BOOSTS = {3f, 2f, 1f};
  private static final float TIE_BREAKER = 0.1f;

  /** How much an unknown word of the question weighs, relative to the rarest known word. */
  private final double unknownTermWeight;

  EntryMatcher(double unknownTermWeight) {
    this.unknownTermWeight = unknownTermWeight;
  }

  /** The best entries of the index with their normalised scores, best first. */
  List<Match> match(LanguageIndex index, List<WeightedTerm> terms, int count) {
    if (terms.isEmpty()) {
      return List.of();
    }
    return index.withSearcher(searcher -> match(searcher, terms, count));
  }

  private List<Match> match(EntrySearcher searcher, List<WeightedTerm> terms, int count)
      throws IOException {
    IndexReader reader = searcher.getIndexReader();
    if (reader.numDocs() == 0) {
      return List.of();
    }
    TermLookup[] lookups = new TermLookup[FIELDS.length];
    for (int f = 0; f < FIELDS.length; f++) {
      lookups[f] = new TermLookup(searcher.getTopReaderContext(), FIELDS[f]);
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    double ideal = 0;
    for (WeightedTerm term : terms) {
      double best = 0;
      List<Query> perField = new ArrayList<>(FIELDS.length);
      BytesRef bytes = new BytesRef(term.text());
      for (int f = 0; f < FIELDS.length; f++) {
        Term fieldTerm = new Term(FIELDS[f], bytes);
        // One lookup in the terms dictionary serves both the rarity here and the query's scoring.
        TermStates states = lookups[f].states(fieldTerm);
        int docFreq = states.docFreq();
        if (docFreq > 0) {
          best = Math.max(best, FIELD_BOOSTS[f] * idf(searcher.docCount(f), docFreq));
          perField.add(new BoostQuery(new TermQuery(fieldTerm, states), FIELD_BOOSTS[f]));
        }
      }
      if (perField.isEmpty()) {
        best = unknownTermWeight * FIELD_BOOSTS[0] * idf(searcher.docCount(0), 0);
      }
      ideal += term.weight() * best;
      if (!perField.isEmpty()) {
        Query clause = new DisjunctionMaxQuery(perField, TIE_BREAKER);
        query.add(new BoostQuery(clause, (float) term.weight()), BooleanClause.Occur.SHOULD);
      }
    }
    if (ideal <= 0) {
      return List.of();
    }
    List<Match> matches = new ArrayList<>();
    for (EntrySearcher.ScoredKey hit : searcher.topKeys(query.build(), count)) {
      matches.add(new Match(hit.key(), Math.min(1.0, hit.score() / ideal)));
    }
    return matches;
  }

  /** BM25's inverse document frequency, as Lucene's BM25Similarity computes it. */
  private static double idf(long docCount, int docFreq) {
    return Math.log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5));
  }

  record WeightedTerm(String text, double weight) {}

  record Match(String key, double score) {}
}
