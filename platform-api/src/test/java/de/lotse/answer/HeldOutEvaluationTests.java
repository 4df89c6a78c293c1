package de.lotse.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Measures the engine on questions for the evaluation knowledge base that were written without
 * sight of the development set or the engine (src/test/resources/answer/eval-kb-heldout-README.md),
 * and guards the figures against regressions.
 */
class HeldOutEvaluationTests {

  private static final String TENANT = "eval";

  @Test
  void scoresOnQuestionsWrittenApartFromTheDevelopmentSet() {
    DevSetEvaluationTests.Metrics overall = new DevSetEvaluationTests.Metrics();
    Map<String, DevSetEvaluationTests.Metrics> byLanguage = new TreeMap<>();
    try (AnswerEngine engine = new AnswerEngine()) {
      engine.replaceTenant(TENANT, EvalData.knowledge(Thresholds.defaults()));
      for (EvalData.DevQuestion q : EvalData.questions(EvalData.HELD_OUT_QUESTIONS)) {
        DevSetEvaluationTests.Outcome outcome =
            new DevSetEvaluationTests.Outcome(q, engine.ask(TENANT, Question.of(q.question(), q.language())));
        overall.add(outcome);
        byLanguage.computeIfAbsent(q.written(), l -> new DevSetEvaluationTests.Metrics()).add(outcome);
      }
    }
    byLanguage.forEach((language, metrics) -> System.out.println("held-out " + language + ": " + metrics));
    System.out.println("held-out overall: " + overall);
    // Floors a little below the first measurement (2026-12-07, session 5: headline 0.632, 5.0 %
    // wrong, 78 % out-of-scope fallbacks). The wrong answers are above the 3 % target here: see
    // infra/bench/RESULTS.md.
    int all = overall.inScope + overall.outOfScope;
    assertThat(overall.headline()).isGreaterThanOrEqualTo(0.61);
    assertThat((double) (overall.wrongInScope + overall.wrongOutOfScope) / all).isLessThanOrEqualTo(0.065);
    assertThat((double) overall.fallbacksOutOfScope / overall.outOfScope).isGreaterThanOrEqualTo(0.7);
  }
}
