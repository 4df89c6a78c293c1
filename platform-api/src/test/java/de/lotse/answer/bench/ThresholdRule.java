package de.lotse.answer.bench;

import de.lotse.answer.Decision;
import de.lotse.answer.EngineAnswer;
import de.lotse.answer.evaluation.EvaluationScoring.Metrics;
import de.lotse.answer.evaluation.EvaluationScoring.Scoreboard;
import de.lotse.answer.evaluation.EvaluationScoring.ScoredQuestion;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Turns a baseline's best hit into a decision the evaluation metrics can count: answer with the
 * hit when its score reaches the threshold, otherwise fall back. Baselines never ask "did you
 * mean", so they can earn no clarify hits.
 *
 * @param threshold the least score that is answered; 0 answers whenever anything matched
 */
record ThresholdRule(double threshold) {

  static final ThresholdRule ALWAYS_ANSWER = new ThresholdRule(0);

  EngineAnswer decide(Hit hit) {
    if (hit == null || hit.score() < threshold) {
      return new EngineAnswer(
          Decision.FALLBACK,
          null,
          hit == null ? null : hit.language(),
          false,
          hit == null ? 0 : hit.score(),
          null,
          null,
          List.of(),
          List.of());
    }
    return new EngineAnswer(
        Decision.ANSWER,
        hit.entryKey(),
        hit.language(),
        false,
        hit.score(),
        null,
        null,
        List.of(),
        List.of());
  }

  Scoreboard score(List<ScoredQuestion> questions, List<Hit> hits) {
    Scoreboard board = new Scoreboard();
    for (int i = 0; i < questions.size(); i++) {
      board.add(questions.get(i), decide(hits.get(i)));
    }
    return board;
  }

  /**
   * The rule that scores best on exactly these questions: the highest overall headline score,
   * then the fewest wrong answers, then the lowest threshold. It knows the expected answers, so it
   * flatters the baseline; the comparison states that.
   */
  static ThresholdRule tunedOn(List<ScoredQuestion> questions, List<Hit> hits) {
    // Only the scores that occur can change a decision; infinity is "never answer".
    TreeSet<Double> candidates = new TreeSet<>();
    candidates.add(0.0);
    hits.stream().filter(Objects::nonNull).forEach(h -> candidates.add(h.score()));
    candidates.add(Double.POSITIVE_INFINITY);
    ThresholdRule best = null;
    Metrics bestMetrics = null;
    for (double threshold : candidates) {
      ThresholdRule rule = new ThresholdRule(threshold);
      Metrics metrics = rule.score(questions, hits).overall();
      if (bestMetrics == null
          || metrics.headline() > bestMetrics.headline()
          || (metrics.headline() == bestMetrics.headline()
              && metrics.wrong() < bestMetrics.wrong())) {
        best = rule;
        bestMetrics = metrics;
      }
    }
    return best;
  }
}
