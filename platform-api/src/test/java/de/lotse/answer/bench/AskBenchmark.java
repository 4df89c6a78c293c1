package de.lotse.answer.bench;

import de.lotse.answer.AnswerEngine;
import de.lotse.answer.Question;
import de.lotse.answer.TenantKnowledge;
import de.lotse.answer.evaluation.KnowledgeBaseFiles;
import de.lotse.knowledge.exchange.ExchangeFormatReader;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Time of one {@code ask}, single-threaded, on the Rosenheim seed knowledge base (65 entries, 6
 * languages) and on a synthetic tenant of 1,000 entries in all 19 languages. The questions cycle
 * through the Rosenheim evaluation questions (all languages, typos, out of scope).
 *
 * <p>Run from platform-api after {@code mvn -o test-compile} with the test classpath, e.g.
 * {@code java -cp target/classes:target/test-classes:<test classpath> de.lotse.answer.bench.AskBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class AskBenchmark {

  static final Path ROSENHEIM_KB = Path.of("src/main/resources/seed/kb/rosenheim.json");
  static final Path QUESTIONS = Path.of("src/test/resources/answer/rosenheim-questions.jsonl");
  private static final String TENANT = "bench";

  @Param({"rosenheim", "synthetic-1000x19"})
  public String knowledgeBase;

  private AnswerEngine engine;
  private List<Question> questions;
  private int next;

  @Setup(Level.Trial)
  public void load() throws Exception {
    TenantKnowledge rosenheim = rosenheim();
    TenantKnowledge knowledge =
        knowledgeBase.equals("rosenheim") ? rosenheim : SyntheticKnowledge.of(rosenheim, 1_000, 42);
    engine = AnswerEngine.withoutCache();
    engine.replaceTenant(TENANT, knowledge);
    questions = questions();
  }

  @TearDown(Level.Trial)
  public void close() {
    engine.close();
  }

  @Benchmark
  public Object ask() {
    Question question = questions.get(next);
    next = (next + 1) % questions.size();
    return engine.ask(TENANT, question);
  }

  static TenantKnowledge rosenheim() throws Exception {
    try (InputStream in = Files.newInputStream(ROSENHEIM_KB)) {
      return KnowledgeBaseFiles.toKnowledge(new ExchangeFormatReader().read(in));
    }
  }

  static List<Question> questions() {
    JsonMapper json = JsonMapper.builder().build();
    List<Question> result = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(QUESTIONS)) {
        if (!line.isBlank()) {
          JsonNode node = json.readTree(line);
          JsonNode language = node.get("language");
          result.add(Question.of(
              node.get("question").asString(),
              language == null || language.isNull() ? null : language.asString()));
        }
      }
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
    return result;
  }

  public static void main(String[] args) throws RunnerException {
    new Runner(new OptionsBuilder().include(AskBenchmark.class.getSimpleName()).build()).run();
  }
}
