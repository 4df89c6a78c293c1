package de.lotse.answer.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EvaluationCommandTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final String KB = """
      {
        "format": "kb-exchange/1",
        "defaultLanguage": "de",
        "languages": ["de", "en"],
        "entries": [
          {"key": "blue-card", "category": "work", "translations": {
            "de": {"title": "Blaue Karte EU", "questions": ["Wie bekomme ich eine Blaue Karte?", "Blaue Karte Voraussetzungen"],
                   "answer": "Die Blaue Karte EU erhalten Fachkräfte mit Hochschulabschluss."},
            "en": {"title": "EU Blue Card", "questions": ["How do I get a Blue Card?"],
                   "answer": "Skilled workers with a degree get the EU Blue Card."}}},
          {"key": "naturalisation", "category": "citizenship", "translations": {
            "de": {"title": "Einbürgerung", "questions": ["Wie kann ich mich einbürgern lassen?"],
                   "answer": "Nach fünf Jahren können Sie die Einbürgerung beantragen."}}},
          {"key": "lost-passport", "category": "documents", "translations": {
            "de": {"title": "Reisepass verloren", "questions": ["Ich habe meinen Reisepass verloren"],
                   "answer": "Melden Sie den Verlust bei der Polizei."}}}
        ]
      }
      """;

  private static final String QUESTIONS = """
      {"id": "q1", "question": "Blaue Karte Voraussetzungen", "language": "de", "written": "de", "expected": "blue-card"}
      {"id": "q2", "question": "How do I get a Blue Card?", "language": "en", "written": "en", "expected": "blue-card"}

      {"id": "q3", "question": "wie wird das wetter morgen", "written": "de", "expected": null}
      """;

  @TempDir
  Path dir;

  @Test
  void writesOneDecisionPerQuestionInInputOrder() throws IOException {
    Path out = dir.resolve("decisions.jsonl");

    Result result = run(
        "eval",
        "--kb",
        write("kb.json", KB),
        "--questions",
        write("q.jsonl", QUESTIONS),
        "--out",
        out.toString());

    assertThat(result.exitCode()).isZero();
    List<JsonNode> lines = Files.readAllLines(out).stream().map(JSON::readTree).toList();
    assertThat(lines).extracting(l -> l.get("id").asString()).containsExactly("q1", "q2", "q3");
    JsonNode first = lines.get(0);
    assertThat(first.get("type").asString()).isEqualTo("answer");
    assertThat(first.get("entryKey").asString()).isEqualTo("blue-card");
    assertThat(first.get("language").asString()).isEqualTo("de");
    assertThat(first.get("score").asDouble()).isBetween(0.0, 1.0);
    assertThat(first.get("suggestions").isArray()).isTrue();
    assertThat(lines.get(1).get("language").asString()).isEqualTo("en");
    JsonNode weather = lines.get(2);
    assertThat(weather.get("type").asString()).isEqualTo("fallback");
    assertThat(weather.get("entryKey").isNull()).isTrue();
  }

  @Test
  void printsTheSummaryPerLanguageAndOverall() {
    Result result = run(
        "--kb",
        write("kb.json", KB),
        "--questions",
        write("q.jsonl", QUESTIONS),
        "--out",
        dir.resolve("out.jsonl").toString());

    assertThat(result.output())
        .contains("top-1", "clarify-hit", "wrong", "oos-fallback", "headline");
    assertThat(result
            .output()
            .lines()
            .filter(l -> l.startsWith("de ") || l.startsWith("en ") || l.startsWith("all ")))
        .hasSize(3);
    assertThat(result
            .output()
            .lines()
            .filter(l -> l.startsWith("all "))
            .findFirst()
            .orElseThrow())
        .contains("1.000");
  }

  @Test
  void neverPassesTheExpectedAnswerToTheEngine() throws IOException {
    String misleading = """
        {"id": "q1", "question": "Blaue Karte Voraussetzungen", "language": "de", "expected": "naturalisation"}
        """;
    Path out = dir.resolve("out.jsonl");

    run(
        "--kb",
        write("kb.json", KB),
        "--questions",
        write("q.jsonl", misleading),
        "--out",
        out.toString());

    assertThat(JSON.readTree(Files.readString(out)).get("entryKey").asString())
        .isEqualTo("blue-card");
  }

  @Test
  void rejectsAMissingKnowledgeBaseFileNamingIt() {
    Result result = run(
        "--kb",
        dir.resolve("nope.json").toString(),
        "--questions",
        write("q.jsonl", QUESTIONS),
        "--out",
        dir.resolve("out.jsonl").toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.output()).contains("nope.json", "file not found");
  }

  @Test
  void rejectsAnInvalidKnowledgeBaseListingItsProblems() {
    String invalid = """
        {"format": "kb-exchange/1", "defaultLanguage": "de", "entries": [{"key": "Bad Key", "category": "x",
          "translations": {"de": {"title": "T", "questions": [], "answer": "A"}}}]}
        """;

    Result result = run(
        "--kb",
        write("kb.json", invalid),
        "--questions",
        write("q.jsonl", QUESTIONS),
        "--out",
        dir.resolve("out.jsonl").toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.output()).contains("kb.json", "not a valid knowledge base");
  }

  @Test
  void rejectsAQuestionsLineWithoutQuestionNamingFileAndLine() {
    String broken = """
        {"id": "q1", "question": "Blaue Karte"}
        {"id": "q2"}
        """;

    Result result = run(
        "--kb",
        write("kb.json", KB),
        "--questions",
        write("q.jsonl", broken),
        "--out",
        dir.resolve("out.jsonl").toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.output()).contains("q.jsonl", "line 2", "\"question\" is missing");
  }

  @Test
  void rejectsAQuestionsLineThatIsNotJson() {
    Result result = run(
        "--kb",
        write("kb.json", KB),
        "--questions",
        write("q.jsonl", "{\"id\": \"q1\", \"question\": \n"),
        "--out",
        dir.resolve("out.jsonl").toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.output()).contains("q.jsonl", "line 1", "not valid JSON");
  }

  @Test
  void rejectsAnOutputFileInAMissingDirectory() {
    Result result = run(
        "--kb",
        write("kb.json", KB),
        "--questions",
        write("q.jsonl", QUESTIONS),
        "--out",
        dir.resolve("missing/out.jsonl").toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.output()).contains("out.jsonl", "cannot be written");
  }

  @Test
  void explainsUsageWhenAnOptionIsMissing() {
    Result result = run("--kb", "kb.json");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.output()).contains("usage: eval --kb FILE --questions FILE --out FILE");
  }

  private String write(String name, String content) {
    try {
      return Files.writeString(dir.resolve(name), content).toString();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Result run(String... args) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    int exitCode =
        EvaluationCommand.run(args, new PrintStream(buffer, true, StandardCharsets.UTF_8));
    return new Result(exitCode, buffer.toString(StandardCharsets.UTF_8));
  }

  private record Result(int exitCode, String output) {}
}
