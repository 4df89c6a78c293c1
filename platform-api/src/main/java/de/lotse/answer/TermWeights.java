package de.lotse.answer;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * How much a term tells about which entry is meant: BM25's inverse document frequency over the
 * entries of one language, counting an entry when any of its fields uses the term. A term no entry
 * uses gets the weight of the rarest possible term, so unknown words pull a question's coverage
 * down (they carry meaning the knowledge base does not have).
 */
final class TermWeights {

  private final Map<String, Integer> entriesUsing;
  private final int entries;
  private final double unknownWeight;

  private TermWeights(Map<String, Integer> entriesUsing, int entries) {
    this.entriesUsing = entriesUsing;
    this.entries = entries;
    this.unknownWeight = idf(0);
  }

  static TermWeights of(Collection<EntryTerms> entries) {
    Map<String, Integer> counts = new HashMap<>();
    for (EntryTerms entry : entries) {
      for (String term : entry.allTerms()) {
        counts.merge(term, 1, Integer::sum);
      }
    }
    return new TermWeights(counts, entries.size());
  }

  boolean knows(String term) {
    return entriesUsing.containsKey(term);
  }

  double weight(String term) {
    Integer count = entriesUsing.get(term);
    return count == null ? unknownWeight : idf(count);
  }

  double unknownWeight() {
    return unknownWeight;
  }

  private double idf(int count) {
    return Math.log(1 + (entries - count + 0.5) / (count + 0.5));
  }
}
