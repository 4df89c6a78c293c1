package de.lotse.answer;

import java.util.Collection;

/**
 * How much a term tells about which entry is meant: BM25's inverse document frequency over the
 * entries of one language, counting an entry when any of its fields uses the term. A term no entry
 * uses gets the weight of the rarest possible term, so unknown words pull a question's coverage
 * down (they carry meaning the knowledge base does not have).
 *
 * <p>Terms are numbered by the index's {@link TermDictionary}, so that the coverage of a question
 * by an entry compares numbers instead of hashing strings ({@link EntryProfile}).
 */
final class TermWeights {

  static final int UNKNOWN = -1;

  private final TermDictionary dictionary;
  /** Per term number, how many entries use the term; terms no entry uses any more count 0. */
  private final int[] counts;

  private final double[] weights;
  private final double unknownWeight;

  private TermWeights(
      TermDictionary dictionary, int[] counts, double[] weights, double unknownWeight) {
    this.dictionary = dictionary;
    this.counts = counts;
    this.weights = weights;
    this.unknownWeight = unknownWeight;
  }

  static TermWeights of(TermDictionary dictionary, Collection<EntryTerms> entries) {
    int[] counts = new int[dictionary.size()];
    for (EntryTerms entry : entries) {
      for (int id : entry.allTerms()) {
        counts[id]++;
      }
    }
    double[] weights = new double[counts.length];
    for (int id = 0; id < counts.length; id++) {
      weights[id] = idf(entries.size(), counts[id]);
    }
    return new TermWeights(dictionary, counts, weights, idf(entries.size(), 0));
  }

  boolean knows(String term) {
    return id(term) != UNKNOWN;
  }

  /**
   * The term's number, or {@link #UNKNOWN} when no entry uses it (also when it was numbered after
   * these weights were made).
   */
  int id(String term) {
    int id = dictionary.id(term);
    return id == TermDictionary.ABSENT || id >= counts.length || counts[id] == 0 ? UNKNOWN : id;
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
