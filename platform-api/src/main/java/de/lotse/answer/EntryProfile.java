package de.lotse.answer;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * An entry's analysed terms ({@link EntryTerms}) as term numbers of one {@link TermWeights}, with
 * the weights that do not depend on the question worked out in advance. Built whenever the weights
 * change, so that scoring a candidate entry on the hot path only compares sorted numbers.
 *
 * @param samples per sample question (title last), its concepts
 * @param sampleWeights per sample question, the summed weight of its concepts
 * @param sampleTerms per sample question, its terms together with the title's, sorted
 * @param questionTerms the terms of all sample questions and the title, sorted
 * @param answerTerms the terms of the answer text, sorted
 */
record EntryProfile(
    SampleConcept[][] samples, double[] sampleWeights, int[][] sampleTerms, int[] questionTerms,
    int[] answerTerms) {

  static EntryProfile of(EntryTerms terms, TermWeights weights) {
    int count = terms.samples().size();
    SampleConcept[][] samples = new SampleConcept[count][];
    double[] sampleWeights = new double[count];
    int[][] sampleTerms = new int[count][];
    for (int s = 0; s < count; s++) {
      List<LanguageAnalysis.Concept> sample = terms.samples().get(s);
      samples[s] = new SampleConcept[sample.size()];
      double all = 0;
      for (int c = 0; c < sample.size(); c++) {
        samples[s][c] = SampleConcept.of(sample.get(c), weights);
        all += samples[s][c].weight();
      }
      sampleWeights[s] = all;
      sampleTerms[s] = sortedIds(terms.sampleTerms().get(s), weights);
    }
    return new EntryProfile(
        samples, sampleWeights, sampleTerms, sortedIds(terms.questionTerms(), weights),
        sortedIds(terms.answerTerms(), weights));
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

  /** The distinct numbers of the known terms, sorted. */
  static int[] sortedIds(Collection<String> terms, TermWeights weights) {
    int[] ids = new int[terms.size()];
    int known = 0;
    for (String term : terms) {
      int id = weights.id(term);
      if (id != TermWeights.UNKNOWN) {
        ids[known++] = id;
      }
    }
    Arrays.sort(ids, 0, known);
    int distinct = 0;
    for (int i = 0; i < known; i++) {
      if (distinct == 0 || ids[distinct - 1] != ids[i]) {
        ids[distinct++] = ids[i];
      }
    }
    return Arrays.copyOf(ids, distinct);
  }

  /**
   * One concept of a sample question.
   *
   * @param heads the numbers of the terms for all of it
   * @param parts the numbers of the terms for parts of it
   * @param weight the weight of its rarest head
   */
  record SampleConcept(int[] heads, int[] parts, double weight) {

    static SampleConcept of(LanguageAnalysis.Concept concept, TermWeights weights) {
      double weight = 0;
      int[] heads = new int[concept.heads().size()];
      for (int i = 0; i < heads.length; i++) {
        heads[i] = weights.id(concept.heads().get(i));
        weight = Math.max(weight, weights.weight(heads[i]));
      }
      int[] parts = new int[concept.parts().size()];
      for (int i = 0; i < parts.length; i++) {
        parts[i] = weights.id(concept.parts().get(i));
      }
      return new SampleConcept(heads, parts, weight);
    }

    /** Whether any of the given terms is in the bit set of term numbers ({@link #idSet}). */
    static boolean anyIn(int[] ids, long[] idSet) {
      for (int id : ids) {
        if (id != TermWeights.UNKNOWN && (idSet[id >>> 6] & (1L << id)) != 0) {
          return true;
        }
      }
      return false;
    }
  }
}
