package de.lotse.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the engine on the development set (metrics of shared/eval/README.md) and guards the
 * figures against regressions. Only id, question and language reach the engine.
 */
class DevSetEvaluationTests {

  private static final String TENANT = "eval";
  private static AnswerEngine engine;
  private static List<EvalData.DevQuestion> questions;

  @BeforeAll
  static void load() {
    engine = new AnswerEngine();
    engine.replaceTenant(TENANT, EvalData.knowledge(Thresholds.defaults()));
    questions = EvalData.devQuestions();
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @Test
  void scoresWellOnTheDevelopmentSet() {
    List<Outcome> outcomes = new ArrayList<>();
    measureSpeed();
    for (EvalData.DevQuestion q : questions) {
      EngineAnswer answer = engine.ask(TENANT, new Question(q.question(), q.language(), null));
      outcomes.add(new Outcome(q, answer));
    }
    Map<String, Metrics> byLanguage = new TreeMap<>();
    Metrics overall = new Metrics();
    for (Outcome outcome : outcomes) {
      overall.add(outcome);
      byLanguage
          .computeIfAbsent(outcome.question().written(), l -> new Metrics())
          .add(outcome);
    }
    byLanguage.forEach(
        (language, metrics) -> System.out.println("dev-set " + language + ": " + metrics));
    System.out.println("dev-set overall: " + overall);
    if (Boolean.getBoolean("lotse.eval.details")) {
      outcomes.stream().filter(o -> !o.correct()).forEach(o -> System.out.println("  miss " + o));
    }
    String dump = System.getProperty("lotse.eval.dump");
    if (dump != null) {
      List<String> rows = new ArrayList<>();
      for (Outcome o : outcomes) {
        rows.add(o.question().id() + "\t" + o.question().expected() + "\t"
            + o.question().written() + "\t"
            + o.answer().language() + "\t"
            + String.join(
                ",",
                o.answer().candidates().stream()
                    .map(c -> c.entryKey() + ":" + c.score())
                    .toList()));
      }
      try {
        java.nio.file.Files.write(java.nio.file.Path.of(dump), rows);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    if (Boolean.getBoolean("lotse.eval.sweep")) {
      sweepThresholds(outcomes);
    }
    // Floors a little below the measured figures (2026-12-08, end of session 6: headline 0.756,
    // 2.4 % wrong, 88 % out-of-scope fallbacks): a change that loses more than a few questions
    // fails here; the wrong answers may not pass the 3 % target.
    overall.assertFloors(0.74, 0.03, 0.84);
  }

  private static void measureSpeed() {
    int rounds = 10;
    for (int warmup = 0; warmup < rounds; warmup++) {
      questions.forEach(q -> engine.ask(TENANT, new Question(q.question(), q.language(), null)));
    }
    long start = System.nanoTime();
    for (int round = 0; round < rounds; round++) {
      questions.forEach(q -> engine.ask(TENANT, new Question(q.question(), q.language(), null)));
    }
    double micros = (System.nanoTime() - start) / 1_000.0 / (rounds * questions.size());
    System.out.printf("dev-set ask: %.0f µs on average (52 entries, 7 languages)%n", micros);
  }

  /** Re-decides the recorded rankings under a grid of thresholds; prints the best settings. */
  private static void sweepThresholds(List<Outcome> outcomes) {
    long rankedFirst = outcomes.stream()
        .filter(o -> o.question().expected() != null
            && !o.answer().candidates().isEmpty()
            && o.answer().candidates().get(0).entryKey().equals(o.question().expected()))
        .count();
    System.out.println("ranked first (any decision): " + rankedFirst);
    List<String> lines = new ArrayList<>();
    for (double fallback = 0.10; fallback <= 0.40; fallback += 0.02) {
      for (double answerAt = fallback; answerAt <= 0.60; answerAt += 0.02) {
        for (double margin = 0.0; margin <= 0.6; margin += 0.05) {
          Thresholds t = new Thresholds(answerAt, margin, fallback);
          Metrics m = new Metrics();
          for (Outcome o : outcomes) {
            List<EntryMatcher.Match> ranked = o.answer().candidates().stream()
                .map(c -> new EntryMatcher.Match(c.entryKey(), c.score()))
                .toList();
            Decision decision = o.question().question().isBlank()
                ? Decision.FALLBACK
                : DecisionPolicy.decide(ranked, t);
            List<Suggestion> suggestions = decision == Decision.CLARIFY
                ? DecisionPolicy.suggestions(ranked, t).stream()
                    .map(x -> new Suggestion(x.key(), ""))
                    .toList()
                : List.of();
            String key = decision == Decision.ANSWER ? ranked.get(0).key() : null;
            m.add(new Outcome(
                o.question(),
                new EngineAnswer(
                    decision, key, null, false, 0, null, null, suggestions, List.of())));
          }
          lines.add(String.format(
              "%.3f wrong=%02d a=%.2f m=%.2f f=%.2f %s",
              m.headline(), m.wrongInScope + m.wrongOutOfScope, answerAt, margin, fallback, m));
        }
      }
    }
    lines.sort(java.util.Comparator.reverseOrder());
    lines.stream().limit(15).forEach(System.out::println);
    lines.stream()
        .filter(l -> l.contains("wrong=0")
            && Integer.parseInt(l.substring(l.indexOf("wrong=") + 6, l.indexOf("wrong=") + 8)) <= 8)
        .limit(10)
        .forEach(l -> System.out.println("low-wrong " + l));
  }

  /**
   * Asks every question of a set against its knowledge base (default thresholds) and prints the
   * metrics per written language; returns the overall metrics.
   */
  static Metrics measure(String name, Path kb, Path questions) {
    Metrics overall = new Metrics();
    Map<String, Metrics> byLanguage = new TreeMap<>();
    try (AnswerEngine engine = new AnswerEngine()) {
      engine.replaceTenant(name, EvalData.knowledge(kb, null));
      for (EvalData.DevQuestion q : EvalData.questions(questions)) {
        Outcome outcome = new Outcome(q, engine.ask(name, Question.of(q.question(), q.language())));
        overall.add(outcome);
        byLanguage.computeIfAbsent(q.written(), l -> new Metrics()).add(outcome);
      }
    }
    byLanguage.forEach(
        (language, metrics) -> System.out.println(name + " " + language + ": " + metrics));
    System.out.println(name + " overall: " + overall);
    return overall;
  }

  record Outcome(EvalData.DevQuestion question, EngineAnswer answer) {

    boolean correct() {
      String expected = question.expected();
      return expected == null
          ? answer.decision() == Decision.FALLBACK
          : answer.decision() == Decision.ANSWER && expected.equals(answer.entryKey());
    }

    @Override
    public String toString() {
      return question.id() + " [" + question.written() + "/" + question.language() + "->"
          + answer.language()
          + "] expected=" + question.expected() + " got=" + answer.decision() + " "
          + answer.entryKey()
          + " " + String.format("%.3f", answer.score()) + " sugg="
          + answer.suggestions().stream().map(Suggestion::entryKey).toList()
          + " cand="
          + answer.candidates().stream()
              .map(c -> c.entryKey() + String.format(":%.2f", c.score()))
              .toList();
    }
  }

  static final class Metrics {
    int inScope;
    int outOfScope;
    int top1;
    int clarifyHits;
    int wrongInScope;
    int wrongOutOfScope;
    int fallbacksOutOfScope;

    void add(Outcome outcome) {
      String expected = outcome.question().expected();
      EngineAnswer answer = outcome.answer();
      if (expected == null) {
        outOfScope++;
        if (answer.decision() == Decision.FALLBACK) {
          fallbacksOutOfScope++;
        } else if (answer.decision() == Decision.ANSWER) {
          wrongOutOfScope++;
        }
        return;
      }
      inScope++;
      if (answer.decision() == Decision.ANSWER) {
        if (expected.equals(answer.entryKey())) {
          top1++;
        } else {
          wrongInScope++;
        }
      } else if (answer.decision() == Decision.CLARIFY
          && answer.suggestions().stream().anyMatch(s -> s.entryKey().equals(expected))) {
        clarifyHits++;
      }
    }

    double headline() {
      int all = inScope + outOfScope;
      return all == 0 ? 0 : (top1 + 0.5 * clarifyHits + fallbacksOutOfScope) / all;
    }

    /**
     * The regression floors of an evaluation test: at least this headline, at most this share of
     * wrong answers among all questions, at least this share of out-of-scope questions handed off.
     */
    void assertFloors(double minHeadline, double maxWrongAnswers, double minOutOfScopeFallbacks) {
      assertThat(headline()).isGreaterThanOrEqualTo(minHeadline);
      assertThat((double) (wrongInScope + wrongOutOfScope) / (inScope + outOfScope))
          .isLessThanOrEqualTo(maxWrongAnswers);
      assertThat((double) fallbacksOutOfScope / outOfScope)
          .isGreaterThanOrEqualTo(minOutOfScopeFallbacks);
    }

    @Override
    public String toString() {
      return String.format(
          "n=%d top1=%.3f clarifyHit=%.3f wrong=%.3f (in-scope %.3f) oosFallback=%s headline=%.3f",
          inScope + outOfScope,
          ratio(top1, inScope),
          ratio(clarifyHits, inScope),
          ratio(wrongInScope + wrongOutOfScope, inScope + outOfScope),
          ratio(wrongInScope, inScope),
          outOfScope == 0 ? "-" : String.format("%.3f", ratio(fallbacksOutOfScope, outOfScope)),
          headline());
    }

    private static double ratio(int part, int whole) {
      return whole == 0 ? 0 : (double) part / whole;
    }
  }
}
