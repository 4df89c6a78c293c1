package de.lotse.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionPolicyTests {

  private static final Thresholds THRESHOLDS = new Thresholds(0.30, 0.25, 0.20, 0.80, 0.06);

  @Test
  void nothingFoundOrTooWeakIsHandedOff() {
    assertThat(DecisionPolicy.decide(List.of(), THRESHOLDS)).isEqualTo(Decision.FALLBACK);
    assertThat(DecisionPolicy.decide(ranked(0.19, 0.05), THRESHOLDS)).isEqualTo(Decision.FALLBACK);
  }

  @Test
  void goodEnoughAndClearlyAheadIsAnswered() {
    assertThat(DecisionPolicy.decide(ranked(0.60, 0.40), THRESHOLDS)).isEqualTo(Decision.ANSWER);
    assertThat(DecisionPolicy.decide(ranked(0.31), THRESHOLDS)).isEqualTo(Decision.ANSWER);
  }

  @Test
  void closeContendersAreOfferedAsSuggestions() {
    assertThat(DecisionPolicy.decide(ranked(0.60, 0.50, 0.45), THRESHOLDS))
        .isEqualTo(Decision.CLARIFY);
  }

  @Test
  void aNearlyVerbatimMatchNeedsOnlyASmallLead() {
    assertThat(DecisionPolicy.decide(ranked(0.95, 0.85), THRESHOLDS)).isEqualTo(Decision.ANSWER);
    assertThat(DecisionPolicy.decide(ranked(0.95, 0.91), THRESHOLDS)).isEqualTo(Decision.CLARIFY);
    assertThat(DecisionPolicy.decide(ranked(0.75, 0.65), THRESHOLDS)).isEqualTo(Decision.CLARIFY);
  }

  @Test
  void aLoneCandidateBelowTheAnswerThresholdIsHandedOffNotAskedBack() {
    assertThat(DecisionPolicy.decide(ranked(0.25), THRESHOLDS)).isEqualTo(Decision.FALLBACK);
  }

  @Test
  void suggestsTwoToThreeEntriesDownToTheFallbackThreshold() {
    assertThat(DecisionPolicy.suggestions(ranked(0.60, 0.50, 0.45, 0.44), THRESHOLDS))
        .hasSize(3);
    assertThat(DecisionPolicy.suggestions(ranked(0.60, 0.10, 0.05), THRESHOLDS)).hasSize(2);
    assertThat(DecisionPolicy.suggestions(ranked(0.60, 0.50, 0.10), THRESHOLDS)).hasSize(2);
  }

  private static List<EntryMatcher.Match> ranked(double... scores) {
    return java.util.stream.IntStream.range(0, scores.length)
        .mapToObj(i -> new EntryMatcher.Match("entry-" + i, scores[i]))
        .toList();
  }
}
