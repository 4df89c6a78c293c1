package de.lotse.answer;

import java.util.List;

/**
 * Turns ranked entries into a decision. A confidently wrong answer is worse than a hand-off in
 * this domain, so the engine answers only when the best entry is both good enough on its own and
 * clearly ahead of the next one; close contenders become "did you mean …?" suggestions.
 */
final class DecisionPolicy {

  static final int MAX_SUGGESTIONS = 3;

  private DecisionPolicy() {}

  static Decision decide(List<EntryMatcher.Match> ranked, Thresholds thresholds) {
    if (ranked.isEmpty() || ranked.get(0).score() < thresholds.fallback()) {
      return Decision.FALLBACK;
    }
    double best = ranked.get(0).score();
    double second = ranked.size() > 1 ? ranked.get(1).score() : 0;
    boolean clearlyAhead = best - second >= thresholds.clarifyMargin() * best
        || (best >= thresholds.confident() && best - second >= thresholds.confidentLead());
    if (best >= thresholds.answer() && clearlyAhead) {
      return Decision.ANSWER;
    }
    return ranked.size() > 1 ? Decision.CLARIFY : Decision.FALLBACK;
  }

  /** The entries to suggest: the best ones, down to the fallback threshold, at least two. */
  static List<EntryMatcher.Match> suggestions(
      List<EntryMatcher.Match> ranked, Thresholds thresholds) {
    int count = 0;
    while (count < Math.min(MAX_SUGGESTIONS, ranked.size())
        && (count < 2 || ranked.get(count).score() >= thresholds.fallback())) {
      count++;
    }
    return ranked.subList(0, count);
  }
}
