package de.lotse.stats;

/**
 * Counts that add up: what the aggregate rows of any slice (a period, a language, an office, the
 * pilot) sum to. Rates and percentiles are derived from them only at the end, never averaged.
 */
final class Tally {

  static final String[] DECISIONS = {"answer", "clarify", "fallback"};

  final long[] questions = new long[3];
  final long[] helpful = new long[3];
  final long[] unhelpful = new long[3];
  long conversations;
  long outsideOfficeHours;
  final long[] latency = new long[LatencyBuckets.SIZE];

  static int decisionIndex(String decision) {
    return switch (decision) {
      case "answer" -> 0;
      case "clarify" -> 1;
      case "fallback" -> 2;
      default -> throw new IllegalArgumentException("unknown decision " + decision);
    };
  }

  void add(
      String decision,
      long questions,
      long conversations,
      long helpful,
      long unhelpful,
      long outside) {
    int d = decisionIndex(decision);
    this.questions[d] += questions;
    this.helpful[d] += helpful;
    this.unhelpful[d] += unhelpful;
    this.conversations += conversations;
    this.outsideOfficeHours += outside;
  }

  void add(Tally other) {
    for (int d = 0; d < 3; d++) {
      questions[d] += other.questions[d];
      helpful[d] += other.helpful[d];
      unhelpful[d] += other.unhelpful[d];
    }
    conversations += other.conversations;
    outsideOfficeHours += other.outsideOfficeHours;
    LatencyBuckets.add(latency, other.latency);
  }

  long questions() {
    return questions[0] + questions[1] + questions[2];
  }

  long helpful() {
    return helpful[0] + helpful[1] + helpful[2];
  }

  long unhelpful() {
    return unhelpful[0] + unhelpful[1] + unhelpful[2];
  }

  /**
   * Estimated staff contacts avoided: answered questions that were not rated unhelpful, times the
   * configured factor (the share of them that would otherwise have become a call, an e-mail or a
   * visit), rounded.
   */
  long contactsAvoided(double factor) {
    return Math.round((questions[0] - unhelpful[0]) * factor);
  }

  Figures figures(double contactsAvoidedFactor) {
    long total = questions();
    long rated = helpful() + unhelpful();
    return new Figures(
        conversations,
        total,
        questions[0],
        questions[1],
        questions[2],
        rate(questions[0], total),
        rate(questions[1], total),
        rate(questions[2], total),
        helpful(),
        unhelpful(),
        rate(helpful(), rated),
        outsideOfficeHours,
        rate(outsideOfficeHours, total),
        LatencyBuckets.quantile(latency, 0.5),
        LatencyBuckets.quantile(latency, 0.95),
        contactsAvoided(contactsAvoidedFactor));
  }

  /** A share 0..1 to four decimals; null when there is nothing to share. */
  static Double rate(long part, long whole) {
    return whole == 0 ? null : Math.round(part * 10_000.0 / whole) / 10_000.0;
  }
}
