package de.lotse.answer;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * How much a term tells about which entry is meant: BM25's inverse document frequency over the
 * entries of one language, counting an entry when any of its fields uses the term. A term no entry
 * uses gets the weight of the rarest possible term, so unknown words pull a question's coverage
 * down (they carry meaning the knowledge base does not have).
 *
 * <p>Each known term also gets a number, so that the coverage of a question by an entry can
 * compare numbers instead of hashing strings ({@link EntryProfile}).
 */
final class TermWeights {

  static final int UNKNOWN = -1;

  private final Map<String, Integer> ids;
  private final double[] weights;
  private final double unknownWeight;

  private TermWeights(Map<String, Integer> ids, double[] weights, double unknownWeight) {
    this.ids = ids;
    this.weights = weights;
    this.unknownWeight = unknownWeight;
  }

  static TermWeights of(Collection<EntryTerms> entries) {
    Map<String, Integer> counts = new HashMap<>();
    for (EntryTerms entry : entries) {
      for (String term : entry.allTerms()) {
        counts.merge(term, 1, Integer::sum);
      }
    }
    Map<String, Integer> ids = new HashMap<>(counts.size() * 2);
    double[] weights = new double[counts.size()];
    for (Map.Entry<String, Integer> count : counts.entrySet()) {
      int id = ids.size();
      ids.put(count.getKey(), id);
      weights[id] = idf(entries.size(), count.getValue());
    }
    return new TermWeights(ids, weights, idf(entries.size(), 0));
  }

  boolean knows(String term) {
    return ids.containsKey(term);
  }

  /** The term's number, or {@link #UNKNOWN} when no entry uses it. */
  int id(String term) {
    Integer id = ids.get(term);
    return id == null ? UNKNOWN : id;
  }

  double weight(String term) {
    return weight(id(term));
  }

  double weight(int id) {
    return id == UNKNOWN ? unknownWeight : weights[id];
  }

  /** How many terms are numbered: their numbers are 0 up to this, exclusive. */
  int size() {
    return weights.length;
  }

  double unknownWeight() {
    return unknownWeight;
  }

  private static double idf(int entries, int count) {
    return Math.log(1 + (entries - count + 0.5) / (count + 0.5));
  }
}
