package de.lotse.answer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Test-only reader of the evaluation knowledge base and development questions. */
final class EvalData {

  static final Path KB = Path.of("../../shared/kb/eval-kb.json");
  static final Path DEV_QUESTIONS = Path.of("../../shared/eval/dev-questions.jsonl");

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private EvalData() {}

  record DevQuestion(
      String id, String question, String language, String written, String expected) {}

  static final Path ROSENHEIM_KB = Path.of("src/main/resources/seed/kb/rosenheim.json");
  static final Path ROSENHEIM_QUESTIONS =
      Path.of("src/test/resources/answer/rosenheim-questions.jsonl");
  /** Questions for the evaluation knowledge base written apart from the development set (see its README). */
  static final Path HELD_OUT_QUESTIONS =
      Path.of("src/test/resources/answer/eval-kb-heldout-questions.jsonl");
  /** A second such set, in citizens' everyday words rather than the entries' (see its README). */
  static final Path HELD_OUT_2_QUESTIONS =
      Path.of("src/test/resources/answer/eval-kb-heldout2-questions.jsonl");
  /** A knowledge base of a fictional second office and its questions, written apart from the engine. */
  static final Path TALHEIM_KB = Path.of("src/test/resources/answer/talheim-kb.json");

  static final Path TALHEIM_QUESTIONS =
      Path.of("src/test/resources/answer/talheim-questions.jsonl");

  static TenantKnowledge knowledge(Thresholds thresholds) {
    return knowledge(KB, thresholds);
  }

  static TenantKnowledge knowledge(Path kb, Thresholds thresholds) {
    JsonNode root = JSON.readTree(kb.toFile());
    List<String> languages = new ArrayList<>();
    root.get("languages").forEach(l -> languages.add(l.asString()));
    List<EntryContent> entries = new ArrayList<>();
    for (JsonNode entry : root.get("entries")) {
      Map<String, EntryText> texts = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> translation : entry.get("translations").properties()) {
        JsonNode t = translation.getValue();
        List<String> questions = new ArrayList<>();
        t.get("questions").forEach(q -> questions.add(q.asString()));
        texts.put(
            translation.getKey(),
            new EntryText(t.get("title").asString(), questions, t.get("answer").asString()));
      }
      entries.add(
          new EntryContent(entry.get("key").asString(), entry.get("category").asString(), texts));
    }
    Map<String, List<List<String>>> synonyms = new LinkedHashMap<>();
    JsonNode synonymNode = root.get("synonyms");
    if (synonymNode != null) {
      for (Map.Entry<String, JsonNode> language : synonymNode.properties()) {
        List<List<String>> groups = new ArrayList<>();
        for (JsonNode group : language.getValue()) {
          List<String> terms = new ArrayList<>();
          group.forEach(term -> terms.add(term.asString()));
          groups.add(terms);
        }
        synonyms.put(language.getKey(), groups);
      }
    }
    return new TenantKnowledge(
        root.get("defaultLanguage").asString(), languages, entries, synonyms, thresholds);
  }

  static List<DevQuestion> devQuestions() {
    return questions(DEV_QUESTIONS);
  }

  static List<DevQuestion> questions(Path file) {
    try {
      List<DevQuestion> result = new ArrayList<>();
      for (String line : Files.readAllLines(file)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = JSON.readTree(line);
        result.add(new DevQuestion(
            node.get("id").asString(),
            node.get("question").asString(),
            text(node, "language"),
            text(node, "written"),
            text(node, "expected")));
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asString();
  }
}
