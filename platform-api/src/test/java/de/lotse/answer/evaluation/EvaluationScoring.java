package de.lotse.answer.evaluation;

import de.lotse.answer.EngineAnswer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The evaluation command's questions reader and metrics, opened to the benchmarks in other test
 * packages, so that a baseline is counted exactly as {@code eval} counts the engine (test scope
 * only: the product itself has no use for it).
 */
public final class EvaluationScoring {

  private EvaluationScoring() {}

  /** One line of a questions file; {@code written} and {@code expected} are for scoring only. */
  public record ScoredQuestion(
      String id, String question, String language, String written, String expected) {

    EvaluationQuestion toEvaluation() {
      return new EvaluationQuestion(id, question, language, written, expected);
    }
  }

  /**
   * The metrics of the evaluation README for one language or all; rates as shares (0..1).
   *
   * @param top1 share of in-scope questions answered with the expected entry
   * @param clarifyHit share of in-scope questions whose suggestions contain the expected entry
   * @param wrong share of all questions answered with another entry
   * @param outOfScopeFallback share of out-of-scope questions handed off
   */
  public record Metrics(
      int questions,
      int inScope,
      int outOfScope,
      double top1,
      double clarifyHit,
      double wrong,
      double outOfScopeFallback,
      double headline) {

    static Metrics of(LanguageTally tally) {
      return new Metrics(
          tally.questions(),
          tally.inScope(),
          tally.outOfScope(),
          tally.top1(),
          tally.clarifyHit(),
          tally.wrongAnswerRate(),
          tally.outOfScopeFallback(),
          tally.headline());
    }
  }

  /** Reads a questions file as the evaluation command does; an unusable file is an IllegalArgumentException. */
  public static List<ScoredQuestion> readQuestions(Path file) {
    try {
      return QuestionsFile.read(file).stream()
          .map(q ->
              new ScoredQuestion(q.id(), q.question(), q.language(), q.written(), q.expected()))
          .toList();
    } catch (EvaluationFileException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** Tallies answers per language (the language a question is written in, as {@code eval} does). */
  public static final class Scoreboard {

    private final EvaluationSummary summary = new EvaluationSummary();

    public void add(ScoredQuestion question, EngineAnswer answer) {
      summary.add(question.toEvaluation(), answer);
    }

    /** Per language, sorted by language code. */
    public Map<String, Metrics> byLanguage() {
      Map<String, Metrics> metrics = new LinkedHashMap<>();
      summary.byLanguage().forEach((language, tally) -> metrics.put(language, Metrics.of(tally)));
      return metrics;
    }

    public Metrics overall() {
      return Metrics.of(summary.overall());
    }
  }
}
