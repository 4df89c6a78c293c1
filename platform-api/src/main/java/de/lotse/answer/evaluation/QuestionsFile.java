package de.lotse.answer.evaluation;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a questions file: one JSON object per line ({@code id}, {@code question}, ...). */
final class QuestionsFile {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private QuestionsFile() {}

  static List<EvaluationQuestion> read(Path file) throws EvaluationFileException {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new EvaluationFileException(file, "file not found");
    } catch (CharacterCodingException e) {
      throw new EvaluationFileException(file, "not valid UTF-8");
    } catch (IOException e) {
      throw new EvaluationFileException(
          file, "cannot be read (" + e.getClass().getSimpleName() + ")");
    }
    List<EvaluationQuestion> questions = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      EvaluationQuestion question = parse(file, i + 1, line);
      if (!ids.add(question.id())) {
        throw new EvaluationFileException(
            file, "line " + (i + 1) + ": id \"" + question.id() + "\" appears twice");
      }
      questions.add(question);
    }
    if (questions.isEmpty()) {
      throw new EvaluationFileException(file, "holds no questions");
    }
    return questions;
  }

  private static EvaluationQuestion parse(Path file, int lineNumber, String line)
      throws EvaluationFileException {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JacksonException e) {
      throw new EvaluationFileException(file, "line " + lineNumber + ": not valid JSON");
    }
    if (node == null || !node.isObject()) {
      throw new EvaluationFileException(file, "line " + lineNumber + ": not a JSON object");
    }
    String id = text(file, lineNumber, node, "id", true);
    String question = text(file, lineNumber, node, "question", true);
    return new EvaluationQuestion(
        id,
        question,
        text(file, lineNumber, node, "language", false),
        text(file, lineNumber, node, "written", false),
        text(file, lineNumber, node, "expected", false));
  }

  private static String text(
      Path file, int lineNumber, JsonNode node, String field, boolean required)
      throws EvaluationFileException {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        throw new EvaluationFileException(
            file, "line " + lineNumber + ": \"" + field + "\" is missing");
      }
      return null;
    }
    if (!value.isString()) {
      throw new EvaluationFileException(
          file, "line " + lineNumber + ": \"" + field + "\" must be a string");
    }
    return value.asString();
  }
}
