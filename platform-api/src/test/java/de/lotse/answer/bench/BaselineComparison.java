package de.lotse.answer.bench;

import de.lotse.answer.AnswerEngine;
import de.lotse.answer.EngineAnswer;
import de.lotse.answer.Question;
import de.lotse.answer.evaluation.EvaluationScoring;
import de.lotse.answer.evaluation.EvaluationScoring.Metrics;
import de.lotse.answer.evaluation.EvaluationScoring.Scoreboard;
import de.lotse.answer.evaluation.EvaluationScoring.ScoredQuestion;
import de.lotse.answer.evaluation.KnowledgeBaseFiles;
import de.lotse.knowledge.exchange.ExchangeFormatReader;
import de.lotse.knowledge.exchange.KnowledgeBaseFile;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Issue 3's baselines side by side in one process: PostgreSQL full-text search, plain Lucene BM25
 * and Lotse's engine answer the same questions from the same knowledge base, and one table shows
 * the evaluation metrics (per written language and overall) and the latency of each.
 *
 * <p>The baselines only rank; {@link ThresholdRule} decides for them, once at the threshold that
 * scores best on these very questions (tuned in their favour) and once at 0 (answer whenever
 * anything matched). The engine decides itself with its default thresholds, as {@code eval} does.
 *
 * <p>Arguments: {@code [KB] [QUESTIONS]}; the scratch database comes from {@code
 * LOTSE_BENCH_DB_URL} (default {@value #DEFAULT_DB_URL}, user {@code LOTSE_BENCH_DB_USER}, default
 * {@code lotse}) and is overwritten. Started by {@code infra/bench/baselines.sh}.
 */
public final class BaselineComparison {

  static final String DEFAULT_DB_URL = "jdbc:postgresql://127.0.0.1:5432/lotse_bench_baselines";
  private static final String TENANT = "baselines";
  private static final int WARM_UP_ROUNDS = 5;
  private static final int MEASURED_ROUNDS = 5;

  private BaselineComparison() {}

  /** One row group of the table: a system with its decision rule, metrics and latency. */
  record Outcome(String system, String rule, Scoreboard board, Latency latency) {}

  /** A system's results (of the last measured round; a null hit is "nothing matched") and the time of every query. */
  record Timed<T>(List<T> results, Latency latency) {}

  public static void main(String[] args) throws Exception {
    Path kbFile = Path.of(args.length > 0 ? args[0] : "../shared/kb/eval-kb.json");
    Path questionsFile = Path.of(args.length > 1 ? args[1] : "../shared/eval/dev-questions.jsonl");
    String url = System.getenv().getOrDefault("LOTSE_BENCH_DB_URL", DEFAULT_DB_URL);
    String user = System.getenv().getOrDefault("LOTSE_BENCH_DB_USER", "lotse");

    KnowledgeBaseFile kb;
    try (InputStream in = Files.newInputStream(kbFile)) {
      kb = new ExchangeFormatReader().read(in);
    }
    List<ScoredQuestion> questions = EvaluationScoring.readQuestions(questionsFile);
    List<TranslationDocument> documents = TranslationDocument.of(kb);
    List<Outcome> outcomes = new ArrayList<>();
    String postgresVersion;

    try (PostgresFullText postgres = PostgresFullText.load(url, user, documents)) {
      postgresVersion = postgres.serverVersion();
      outcomes.addAll(
          baseline("PostgreSQL FTS, websearch_to_tsquery (AND)", postgres.allTerms(), questions));
      outcomes.addAll(baseline("PostgreSQL FTS, same terms OR-ed", postgres.anyTerm(), questions));
    }
    try (LuceneBm25 bm25 = new LuceneBm25(documents)) {
      outcomes.addAll(baseline("Lucene BM25", bm25, questions));
    }
    try (AnswerEngine engine = AnswerEngine.withoutCache()) {
      engine.replaceTenant(TENANT, KnowledgeBaseFiles.toKnowledge(kb));
      Timed<EngineAnswer> run =
          time(questions, q -> engine.ask(TENANT, Question.of(q.question(), q.language())));
      Scoreboard board = new Scoreboard();
      for (int i = 0; i < questions.size(); i++) {
        board.add(questions.get(i), run.results().get(i));
      }
      outcomes.add(new Outcome("Lotse engine", "own (default thresholds)", board, run.latency()));
    }

    PrintStream out = System.out;
    out.printf(
        Locale.ROOT,
        "Baselines on %s: %d entries, %d translations; %d questions from %s%n",
        kbFile,
        kb.entries().size(),
        documents.size(),
        questions.size(),
        questionsFile);
    out.printf(
        Locale.ROOT,
        "%s; Java %s; PostgreSQL %s via JDBC on loopback (%s)%n",
        OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS),
        System.getProperty("java.version"),
        postgresVersion,
        url);
    out.printf(
        Locale.ROOT,
        "latency: %d warm-up rounds, then %d measured rounds over all questions;"
            + " System.nanoTime around each query, one thread%n%n",
        WARM_UP_ROUNDS,
        MEASURED_ROUNDS);
    print(outcomes, out);
    out.println();
    out.println(
        "Rates: top-1 and clarify hit of in-scope questions; wrong of all questions; oos fallback of"
            + " out-of-scope questions; headline = (top-1 + 0.5 clarify hits + oos fallbacks) / all questions;"
            + " languages are the language each question is written in.");
    out.println(
        "Baselines answer with their top hit when its score reaches the threshold and fall back"
            + " otherwise (they never clarify). \"tuned\" is the threshold with the best headline on this very"
            + " set (tuned in their favour); \"0\" answers whenever anything matched. Both rules share one"
            + " latency measurement. PostgreSQL latency includes the JDBC round trip over loopback.");
  }

  /** Ranks once per question, then applies the tuned and the always-answer rule to the same hits. */
  private static List<Outcome> baseline(
      String system, Retriever retriever, List<ScoredQuestion> questions) {
    Timed<Hit> run = time(questions, q -> retriever.best(q.question(), q.language()));
    ThresholdRule tuned = ThresholdRule.tunedOn(questions, run.results());
    return List.of(
        new Outcome(
            system,
            "tuned: score >= " + format(tuned.threshold()),
            tuned.score(questions, run.results()),
            run.latency()),
        new Outcome(
            system,
            "0: always answer",
            ThresholdRule.ALWAYS_ANSWER.score(questions, run.results()),
            run.latency()));
  }

  static <T> Timed<T> time(List<ScoredQuestion> questions, Function<ScoredQuestion, T> ask) {
    for (int round = 0; round < WARM_UP_ROUNDS; round++) {
      questions.forEach(ask::apply);
    }
    long[] nanos = new long[questions.size() * MEASURED_ROUNDS];
    List<T> results = new ArrayList<>();
    int sample = 0;
    for (int round = 0; round < MEASURED_ROUNDS; round++) {
      results = new ArrayList<>(questions.size());
      for (ScoredQuestion question : questions) {
        long start = System.nanoTime();
        T result = ask.apply(question);
        nanos[sample++] = System.nanoTime() - start;
        results.add(result);
      }
    }
    return new Timed<>(Collections.unmodifiableList(results), new Latency(nanos));
  }

  static void print(List<Outcome> outcomes, PrintStream out) {
    out.println(
        "| system | decision rule | language | questions | top-1 | clarify hit | wrong | oos fallback"
            + " | headline | p50 ms | p99 ms |");
    out.println("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (Outcome outcome : outcomes) {
      for (Map.Entry<String, Metrics> language : outcome.board().byLanguage().entrySet()) {
        out.println(row(outcome, language.getKey(), language.getValue(), false));
      }
      out.println(row(outcome, "**all**", outcome.board().overall(), true));
    }
  }

  private static String row(Outcome outcome, String language, Metrics m, boolean withLatency) {
    return String.format(
        Locale.ROOT,
        "| %s | %s | %s | %d | %s | %s | %s | %s | %s | %s | %s |",
        outcome.system(),
        outcome.rule(),
        language,
        m.questions(),
        share(m.top1(), m.inScope()),
        share(m.clarifyHit(), m.inScope()),
        share(m.wrong(), m.questions()),
        share(m.outOfScopeFallback(), m.outOfScope()),
        String.format(Locale.ROOT, "%.3f", m.headline()),
        withLatency
            ? String.format(Locale.ROOT, "%.3f", outcome.latency().percentileMillis(50))
            : "",
        withLatency
            ? String.format(Locale.ROOT, "%.3f", outcome.latency().percentileMillis(99))
            : "");
  }

  private static String share(double value, int base) {
    return base == 0 ? "-" : String.format(Locale.ROOT, "%.3f", value);
  }

  private static String format(double threshold) {
    return Double.isInfinite(threshold)
        ? "∞ (never answer)"
        : String.format(Locale.ROOT, "%.4f", threshold);
  }
}
