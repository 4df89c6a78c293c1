package de.lotse.answer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.answer.Decision;
import de.lotse.answer.EngineAnswer;
import de.lotse.answer.evaluation.EvaluationScoring.Metrics;
import de.lotse.answer.evaluation.EvaluationScoring.ScoredQuestion;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThresholdRuleTests {

  // A right hit scoring high, a wrong hit scoring in the middle, an out-of-scope question with a
  // weak hit, and an out-of-scope question nothing matched.
  private static final List<ScoredQuestion> QUESTIONS = List.of(
      new ScoredQuestion("q1", "Blaue Karte", "de", "de", "blue-card"),
      new ScoredQuestion("q2", "lost passport", "en", "en", "lost-passport"),
      new ScoredQuestion("q3", "wetter morgen", "de", "de", null),
      new ScoredQuestion("q4", "football", null, "en", null));
  private static final List<Hit> HITS = Arrays.asList(
      new Hit("blue-card", "de", 5.0),
      new Hit("lost-eat", "en", 3.0),
      new Hit("blue-card", "de", 1.0),
      null);

  @Test
  void answersFromTheThresholdUpAndFallsBackBelowIt() {
    ThresholdRule rule = new ThresholdRule(3.0);

    EngineAnswer atThreshold = rule.decide(new Hit("blue-card", "de", 3.0));
    EngineAnswer below = rule.decide(new Hit("blue-card", "de", 2.99));

    assertThat(atThreshold.decision()).isEqualTo(Decision.ANSWER);
    assertThat(atThreshold.entryKey()).isEqualTo("blue-card");
    assertThat(below.decision()).isEqualTo(Decision.FALLBACK);
    assertThat(below.entryKey()).isNull();
    assertThat(rule.decide(null).decision()).isEqualTo(Decision.FALLBACK);
  }

  @Test
  void thresholdZeroAnswersEveryMatchAndCountsWrongAnswersOverAllQuestions() {
    Metrics all = ThresholdRule.ALWAYS_ANSWER.score(QUESTIONS, HITS).overall();

    assertThat(all.top1()).isEqualTo(0.5);
    assertThat(all.wrong()).isEqualTo(0.5); // q2 answered wrongly, q3 answered though out of scope
    assertThat(all.outOfScopeFallback()).isEqualTo(0.5); // only q4, which nothing matched
    assertThat(all.clarifyHit()).isZero();
    assertThat(all.headline()).isEqualTo(0.5);
  }

  @Test
  void tunedThresholdMaximisesTheHeadlineAndPrefersFewerWrongAnswersOnTies() {
    ThresholdRule tuned = ThresholdRule.tunedOn(QUESTIONS, HITS);
    Metrics all = tuned.score(QUESTIONS, HITS).overall();

    // 3.0 and 5.0 both reach headline 0.75; only 5.0 also keeps q2 from a wrong answer.
    assertThat(tuned.threshold()).isEqualTo(5.0);
    assertThat(all.headline()).isEqualTo(0.75);
    assertThat(all.wrong()).isZero();
  }

  @Test
  void scoresPerWrittenLanguage() {
    var byLanguage = ThresholdRule.ALWAYS_ANSWER.score(QUESTIONS, HITS).byLanguage();

    assertThat(byLanguage).containsOnlyKeys("de", "en");
    assertThat(byLanguage.get("de").top1()).isEqualTo(1.0);
    assertThat(byLanguage.get("en").questions()).isEqualTo(2);
  }
}
