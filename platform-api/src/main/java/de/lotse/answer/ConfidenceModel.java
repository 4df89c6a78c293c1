package de.lotse.answer;

/**
 * Combines the signals about one entry into the engine's 0..1 confidence.
 *
 * <p>The main signal is how closely the question matches one of the entry's sample questions
 * (citizens ask like the sample questions, and one sample question covering the whole question
 * is strong evidence); coverage by the entry as a whole and the normalised BM25 score break ties.
 *
 * @param recallExponent how much the question's coverage by a sample question counts against the
 *     sample question's coverage by the question (1 = only the former)
 * @param sampleWeight weight of the best sample question's score
 * @param entryWeight weight of the coverage by the whole entry
 * @param bm25Weight weight of the normalised BM25 score
 */
record ConfidenceModel(
    double recallExponent, double sampleWeight, double entryWeight, double bm25Weight) {

  /**
   * Fitted offline on the development set and the Rosenheim question set together
   * (ScoringDiagnostics writes the signals; the best mean headline score with at most 3 % wrong
   * answers on each set). Recall exponents 0.4–0.6 and sample weights 0.4–0.5 score within 0.01.
   */
  static ConfidenceModel defaults() {
    return new ConfidenceModel(0.4, 0.5, 0.3, 0.2);
  }

  double confidence(Coverage coverage, double bm25) {
    double score = sampleWeight * coverage.bestSample(recallExponent)
        + entryWeight * coverage.entryRecall()
        + bm25Weight * bm25;
    return Math.min(1, score / (sampleWeight + entryWeight + bm25Weight));
  }
}
