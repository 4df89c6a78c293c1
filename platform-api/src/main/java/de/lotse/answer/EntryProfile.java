package de.lotse.answer;

import java.util.Arrays;
import java.util.Collection;

/**
 * An entry's analysed terms ({@link EntryTerms}) as term numbers of one {@link TermWeights}, with
 * the weights that do not depend on the question worked out in advance. Built whenever the weights
 * change, so that scoring a candidate entry on the hot path only compares sorted numbers.
 *
 * @param samples per sample question (title last), its concepts
 * @param conceptWeights per sample question and concept, the weight of the concept's rarest head
 * @param sampleWeights per sample question, the summed weight of its concepts
 * @param sampleTerms per sample question, its terms together with the title's, sorted
 * @param questionTerms the terms of all sample questions and the title, sorted
 * @param answerTerms the terms of the answer text, sorted
 */
record EntryProfile(
    EntryTerms.Concept[][] samples,
    double[][] conceptWeights,
    double[] sampleWeights,
    int[][] sampleTerms,
    int[] questionTerms,
    int[] answerTerms) {

  static EntryProfile of(EntryTerms terms, TermWeights weights) {
    int count = terms.samples().length;
    double[][] conceptWeights = new double[count][];
    double[] sampleWeights = new double[count];
    for (int s = 0; s < count; s++) {
      EntryTerms.Concept[] sample = terms.samples()[s];
      conceptWeights[s] = new double[sample.length];
      double all = 0;
      for (int c = 0; c < sample.length; c++) {
        double weight = 0;
        for (int head : sample[c].heads()) {
          weight = Math.max(weight, weights.weight(head));
        }
        conceptWeights[s][c] = weight;
        all += weight;
      }
      sampleWeights[s] = all;
    }
    // Every term of the entry is known to weights made with it: the numbers can be shared as they
    // are.
    return new EntryProfile(
        terms.samples(),
        conceptWeights,
        sampleWeights,
        terms.sampleTerms(),
        terms.questionTerms(),
        terms.answerTerms());
  }

  /** Whether a sorted array of term numbers contains the term; unknown terms are in none. */
  static boolean contains(int[] sortedIds, int id) {
    return id != TermWeights.UNKNOWN && Arrays.binarySearch(sortedIds, id) >= 0;
  }

  /** The numbers of the known terms as a bit set, for constant-time membership tests. */
  static long[] idSet(Collection<String> terms, TermWeights weights) {
    long[] set = new long[(weights.size() + 63) >>> 6];
    for (String term : terms) {
      int id = weights.id(term);
      if (id != TermWeights.UNKNOWN) {
        set[id >>> 6] |= 1L << id;
      }
    }
    return set;
  }

  /** Whether any of the given term numbers is in the bit set of term numbers ({@link #idSet}). */
  static boolean anyIn(int[] ids, long[] idSet) {
    for (int id : ids) {
      if (id != TermWeights.UNKNOWN && (idSet[id >>> 6] & (1L << id)) != 0) {
        return true;
      }
    }
    return false;
  }
}
