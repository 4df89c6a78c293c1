package de.lotse.answer;

import org.junit.jupiter.api.Test;

/**
 * Measures the engine where it was not tuned: everyday-word questions for the evaluation knowledge
 * base, and a second office's knowledge base with its own questions (READMEs next to the files),
 * and guards the figures against regressions. The floors sit a little below the figures measured
 * at the end of session 6 (infra/bench/RESULTS.md), where the wrong answers are above the 3 %
 * target on the second office.
 */
class GeneralisationEvaluationTests {

  @Test
  void scoresOnQuestionsInCitizensEverydayWords() {
    DevSetEvaluationTests.Metrics overall =
        DevSetEvaluationTests.measure("held-out-2", EvalData.KB, EvalData.HELD_OUT_2_QUESTIONS);
    overall.assertFloors(0.56, 0.035, 0.70);
  }

  @Test
  void scoresOnAKnowledgeBaseNobodyTunedTheEngineOn() {
    DevSetEvaluationTests.Metrics overall =
        DevSetEvaluationTests.measure("talheim", EvalData.TALHEIM_KB, EvalData.TALHEIM_QUESTIONS);
    overall.assertFloors(0.66, 0.06, 0.70);
  }
}
