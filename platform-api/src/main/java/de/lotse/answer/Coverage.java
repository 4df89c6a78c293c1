package de.lotse.answer;

import java.util.List;

/**
 * How well one entry covers a question, measured on the question's concepts weighted by rarity.
 *
 * @param sampleRecall per sample question (title last): the share of the question's weight that
 *     the sample question together with the title covers
 * @param samplePrecision per sample question: the share of the sample's own weight the question
 *     covers (a question that matches a sample question word for word scores 1 on both)
 * @param questionRecall the share covered by all sample questions and the title together
 * @param entryRecall the share covered by the whole entry, where a concept found only in the
 *     answer text earns {@value #ANSWER_CREDIT} of its weight (answers mention many things)
 */
record Coverage(
    double[] sampleRecall, double[] samplePrecision, double questionRecall, double entryRecall) {

  static final double ANSWER_CREDIT = 0.5;

  /**
   * @param queryTerms the numbers of the question's known terms as a bit set ({@link
   *     EntryProfile#idSet})
   */
  static Coverage of(
      List<QueryConcept> query, long[] queryTerms, EntryProfile entry, TermWeights weights) {
    double total = 0;
    for (QueryConcept concept : query) {
      total += concept.importance() * concept.weight();
    }
    int samples = entry.samples().length;
    double[] recall = new double[samples];
    double[] precision = new double[samples];
    if (total <= 0) {
      return new Coverage(recall, precision, 0, 0);
    }
    for (int s = 0; s < samples; s++) {
      recall[s] = covered(query, entry.sampleTerms()[s], weights) / total;
      precision[s] = precisionOf(
          entry.samples()[s], entry.conceptWeights()[s], entry.sampleWeights()[s], queryTerms);
    }
    double questions = 0;
    double whole = 0;
    for (QueryConcept concept : query) {
      double inQuestions = concept.matched(entry.questionTerms(), weights);
      double inAnswer = ANSWER_CREDIT * concept.matched(entry.answerTerms(), weights);
      questions += concept.importance() * inQuestions;
      whole += concept.importance() * Math.max(inQuestions, inAnswer);
    }
    return new Coverage(recall, precision, questions / total, whole / total);
  }

  /** The best sample question's score, recall weighing {@code recallExponent} against precision. */
  double bestSample(double recallExponent) {
    double best = 0;
    for (int s = 0; s < sampleRecall.length; s++) {
      double score = Math.pow(sampleRecall[s], recallExponent)
          * Math.pow(samplePrecision[s], 1 - recallExponent);
      best = Math.max(best, score);
    }
    return best;
  }

  private static double covered(List<QueryConcept> query, int[] present, TermWeights weights) {
    double sum = 0;
    for (QueryConcept concept : query) {
      sum += concept.importance() * concept.matched(present, weights);
    }
    return sum;
  }

  /** Heads of a sample's concept found in the question earn its weight; parts only earn a share. */
  private static double precisionOf(
      EntryTerms.Concept[] sample, double[] conceptWeights, double all, long[] queryTerms) {
    double matched = 0;
    for (int c = 0; c < sample.length; c++) {
      if (EntryProfile.anyIn(sample[c].heads(), queryTerms)) {
        matched += conceptWeights[c];
      } else if (EntryProfile.anyIn(sample[c].parts(), queryTerms)) {
        matched += QueryConcept.PART_CREDIT * conceptWeights[c];
      }
    }
    return all == 0 ? 0 : matched / all;
  }
}
