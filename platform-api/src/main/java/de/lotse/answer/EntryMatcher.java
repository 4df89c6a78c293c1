package de.lotse.answer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
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

  static final String[] FIELDS = {LanguageIndex.QUESTIONS, LanguageIndex.TITLE, LanguageIndex.ANSWER
  };
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
    Scores scores = new Scores(reader.maxDoc());
    double ideal = 0;
    for (WeightedTerm term : terms) {
      double best = 0;
      boolean known = false;
      BytesRef bytes = new BytesRef(term.text());
      for (int f = 0; f < FIELDS.length; f++) {
        Term fieldTerm = new Term(FIELDS[f], bytes);
        // One lookup in the terms dictionary serves both the rarity here and the scoring.
        TermStates states = lookups[f].states(fieldTerm);
        int docFreq = states.docFreq();
        if (docFreq > 0) {
          known = true;
          double idf = idf(searcher.docCount(f), docFreq);
          best = Math.max(best, FIELD_BOOSTS[f] * idf);
          float weight = (float) term.weight() * FIELD_BOOSTS[f] * (float) idf;
          float[] lengthFactors = searcher.lengthFactors(f);
          int field = f;
          lookups[f].forEachPosting(fieldTerm, states, (doc, freq) -> {
            if (searcher.isLive(doc)) {
              scores.addToField(doc, field, weight - weight / (1f + freq * lengthFactors[doc]));
            }
          });
        }
      }
      if (!known) {
        best = unknownTermWeight * FIELD_BOOSTS[0] * idf(searcher.docCount(0), 0);
      }
      ideal += term.weight() * best;
      scores.endTerm();
    }
    if (ideal <= 0) {
      return List.of();
    }
    List<Match> matches = new ArrayList<>();
    for (int doc : scores.best(count)) {
      matches.add(new Match(searcher.key(doc), Math.min(1.0, scores.total(doc) / ideal)));
    }
    return matches;
  }

  /**
   * BM25 over the three fields, summed over the question's terms: per term, the best field's
   * score plus {@value #TIE_BREAKER} of the others' (a term found in the sample questions and the
   * answer counts a little more than one found in the sample questions only).
   *
   * <p>Computed here from the postings rather than by a Lucene query: the query's weights,
   * scorers and explanations cost more than the scoring itself on an office's few thousand
   * documents, and their garbage slowed every other request down.
   */
  private static final class Scores {

    private static final byte IN_TERM = 1;
    private static final byte MATCHED = 2;

    private final float[] totals;
    private final float[][] fields = new float[FIELDS.length][];
    private final byte[] flags;
    private final int[] termDocs;
    private final int[] matchedDocs;
    private int termDocCount;
    private int matchedCount;

    Scores(int maxDoc) {
      totals = new float[maxDoc];
      for (int f = 0; f < FIELDS.length; f++) {
        fields[f] = new float[maxDoc];
      }
      flags = new byte[maxDoc];
      termDocs = new int[maxDoc];
      matchedDocs = new int[maxDoc];
    }

    void addToField(int doc, int field, float score) {
      fields[field][doc] += score;
      if ((flags[doc] & IN_TERM) == 0) {
        flags[doc] |= IN_TERM;
        termDocs[termDocCount++] = doc;
      }
    }

    /** Folds the current term's field scores into the totals. */
    void endTerm() {
      for (int i = 0; i < termDocCount; i++) {
        int doc = termDocs[i];
        float max = 0;
        double sum = 0;
        for (float[] field : fields) {
          max = Math.max(max, field[doc]);
          sum += field[doc];
          field[doc] = 0;
        }
        totals[doc] += (float) (max + (sum - max) * TIE_BREAKER);
        if ((flags[doc] & MATCHED) == 0) {
          matchedDocs[matchedCount++] = doc;
        }
        flags[doc] = MATCHED;
      }
      termDocCount = 0;
    }

    float total(int doc) {
      return totals[doc];
    }

    /** The best-scoring documents, best first; equal scores in document order. */
    int[] best(int count) {
      // Insertion into a short sorted array: the count is small, the matched documents many.
      int[] best = new int[Math.min(count, matchedCount)];
      int size = 0;
      for (int m = 0; m < matchedCount; m++) {
        int doc = matchedDocs[m];
        if (size == best.length && !before(doc, best[size - 1])) {
          continue;
        }
        int at = size == best.length ? size - 1 : size++;
        while (at > 0 && before(doc, best[at - 1])) {
          best[at] = best[at - 1];
          at--;
        }
        best[at] = doc;
      }
      return best;
    }

    private boolean before(int doc, int other) {
      return totals[doc] > totals[other] || (totals[doc] == totals[other] && doc < other);
    }
  }

  /** BM25's inverse document frequency, as Lucene's BM25Similarity computes it. */
  private static double idf(long docCount, int docFreq) {
    return Math.log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5));
  }

  record WeightedTerm(String text, double weight) {}

  record Match(String key, double score) {}
}
