package de.lotse.answer;

/**
 * When the engine answers, asks back or hands off. All values are on the engine's 0..1 confidence
 * scale (see {@link EngineAnswer#score()}).
 *
 * @param answer minimum confidence of the best entry to answer directly
 * @param clarifyMargin minimum lead of the best entry over the second, as a fraction of the best
 *     entry's confidence, to answer directly; with a smaller lead the engine asks "did you mean …?"
 * @param fallback below this confidence of the best entry the engine hands off
 */
public record Thresholds(double answer, double clarifyMargin, double fallback) {

  public Thresholds {
    if (fallback < 0 || fallback > answer || answer > 1 || clarifyMargin < 0 || clarifyMargin > 1) {
      throw new IllegalArgumentException(
          "thresholds must satisfy 0 <= fallback <= answer <= 1 and 0 <= clarifyMargin <= 1");
    }
  }

  /**
   * Chosen by a sweep on the development set (DevSetEvaluationTests with -Dlotse.eval.sweep=true)
   * as the best headline score with at most 5 % wrong answers (0.583, 3.9 % wrong). The fallback
   * threshold sits a little above that sweep's optimum (0.14): it costs a few "did you mean" hits
   * but hands off more off-topic questions instead of offering unrelated suggestions. Lower values
   * answer more often and more often wrongly (best headline 0.639 at 34 % wrong answers).
   */
  public static Thresholds defaults() {
    return new Thresholds(0.26, 0.20, 0.18);
  }
}
