package de.lotse.answer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Scores the entries of one language index against the analysed terms of a question.
 *
 * <p>Each term is looked up in the sample questions, the title and the answer text, and counts
 * with its best field (sample questions weigh most: users ask like the sample questions, while
 * answers speak about many things). The raw BM25 score is divided by what a document would score
 * that contained every term of the question with unlimited frequency in its sample questions, so
 * the result is a 0..1 share of the question's information that the entry covers. Terms the index
 * has never seen count in that denominator as if rare: a question about the weather is mostly
 * unknown words and therefore scores low against every entry. Unknown words may be typos, so they
 * are also looked up with a fuzzy query at a discount.
 */
final class EntryMatcher {

  static final String[] FIELDS = {LanguageIndex.QUESTIONS, LanguageIndex.TITLE, LanguageIndex.ANSWER};
  private static final float[] FIELD_BOOSTS = {3f, 2f, 1f};
  private static final float TIE_BREAKER = 0.1f;
  private static final float FUZZY_DISCOUNT = 0.6f;
  private static final int MIN_FUZZY_LENGTH = 5;

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

  private List<Match> match(IndexSearcher searcher, List<WeightedTerm> terms, int count)
      throws IOException {
    IndexReader reader = searcher.getIndexReader();
    if (reader.numDocs() == 0) {
      return List.of();
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    double ideal = 0;
    for (WeightedTerm term : terms) {
      double best = 0;
      List<Query> perField = new ArrayList<>(FIELDS.length);
      for (int f = 0; f < FIELDS.length; f++) {
        Term fieldTerm = new Term(FIELDS[f], term.text());
        int docFreq = reader.docFreq(fieldTerm);
        if (docFreq > 0) {
          best = Math.max(best, FIELD_BOOSTS[f] * idf(searcher, FIELDS[f], docFreq));
          perField.add(new BoostQuery(new TermQuery(fieldTerm), FIELD_BOOSTS[f]));
        }
      }
      if (perField.isEmpty()) {
        best = unknownTermWeight * FIELD_BOOSTS[0] * idf(searcher, FIELDS[0], 0);
        addFuzzy(term, perField);
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
    for (LanguageIndex.ScoredKey hit : LanguageIndex.topKeys(searcher, query.build(), count)) {
      matches.add(new Match(hit.key(), Math.min(1.0, hit.score() / ideal)));
    }
    return matches;
  }

  private static void addFuzzy(WeightedTerm term, List<Query> perField) {
    String text = term.text();
    int length = text.codePointCount(0, text.length());
    if (length < MIN_FUZZY_LENGTH || text.startsWith(LanguageAnalysis.GROUP_TOKEN_PREFIX)) {
      return;
    }
    int edits = length >= 8 ? 2 : 1;
    for (int f = 0; f < 2; f++) {
      Query fuzzy = new FuzzyQuery(new Term(FIELDS[f], text), edits, 1);
      perField.add(new BoostQuery(fuzzy, FIELD_BOOSTS[f] * FUZZY_DISCOUNT));
    }
  }

  /** BM25's inverse document frequency, as Lucene's BM25Similarity computes it. */
  private static double idf(IndexSearcher searcher, String field, int docFreq) throws IOException {
    CollectionStatistics stats = searcher.collectionStatistics(field);
    long docCount = stats == null ? searcher.getIndexReader().numDocs() : stats.docCount();
    return Math.log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5));
  }

  record WeightedTerm(String text, double weight) {}

  record Match(String key, double score) {}
}
