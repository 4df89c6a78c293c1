package de.lotse.answer.evaluation;

import de.lotse.answer.AnswerEngine;
import de.lotse.answer.EngineAnswer;
import de.lotse.answer.Question;
import de.lotse.answer.Suggestion;
import de.lotse.answer.TenantKnowledge;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code eval --kb FILE --questions FILE --out FILE}: lets an office test its knowledge base
 * against its own questions, in process, without database or server.
 *
 * <p>The knowledge base is read in the exchange format and loaded with the default thresholds.
 * Each question reaches the engine with its {@code id}, {@code question} and {@code language}
 * only; {@code written} and {@code expected}, when present, are used for the summary alone. The
 * output file gets one JSON line per question, in input order (format of the evaluation README);
 * the summary goes to {@code out}. Exit codes: 0 done, 2 bad arguments or unusable files.
 */
public final class EvaluationCommand {

  public static final String NAME = "eval";
  static final int OK = 0;
  static final int UNUSABLE_INPUT = 2;

  private static final String TENANT = "evaluation";
  private static final String USAGE = "usage: eval --kb FILE --questions FILE --out FILE";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private EvaluationCommand() {}

  /** Runs the command on its own, e.g. with the test classpath during development. */
  public static void main(String[] args) {
    System.exit(run(args, System.out));
  }

  /**
   * Runs the command.
   *
   * @param args the options, optionally preceded by the command name {@value #NAME}
   * @param out where the summary and error messages go
   * @return the process exit code
   */
  public static int run(String[] args, PrintStream out) {
    Arguments arguments;
    try {
      arguments = Arguments.parse(args);
    } catch (IllegalArgumentException e) {
      out.println("eval: " + e.getMessage());
      out.println(USAGE);
      return UNUSABLE_INPUT;
    }
    try {
      TenantKnowledge knowledge = KnowledgeBaseFiles.read(arguments.kb());
      List<EvaluationQuestion> questions = QuestionsFile.read(arguments.questions());
      EvaluationSummary summary = evaluate(knowledge, questions, arguments.out());
      out.printf(
          Locale.ROOT,
          "eval: %d questions against %d entries; decisions written to %s%n",
          questions.size(),
          knowledge.entries().size(),
          arguments.out());
      summary.print(out);
      return OK;
    } catch (EvaluationFileException e) {
      out.println("eval: " + e.getMessage());
      return UNUSABLE_INPUT;
    }
  }

  private static EvaluationSummary evaluate(
      TenantKnowledge knowledge, List<EvaluationQuestion> questions, Path outFile)
      throws EvaluationFileException {
    EvaluationSummary summary = new EvaluationSummary();
    try (AnswerEngine engine = new AnswerEngine();
        BufferedWriter writer = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
      engine.replaceTenant(TENANT, knowledge);
      for (EvaluationQuestion question : questions) {
        // Only what a widget would send reaches the engine.
        EngineAnswer answer =
            engine.ask(TENANT, Question.of(question.question(), question.language()));
        writer.write(JSON.writeValueAsString(line(question.id(), answer)));
        writer.newLine();
        summary.add(question, answer);
      }
    } catch (IOException e) {
      throw new EvaluationFileException(
          outFile, "cannot be written (" + e.getClass().getSimpleName() + ")");
    }
    return summary;
  }

  static ObjectNode line(String id, EngineAnswer answer) {
    ObjectNode line = JSON.createObjectNode();
    line.put("id", id);
    line.put("type", answer.decision().name().toLowerCase(Locale.ROOT));
    line.put("entryKey", answer.entryKey());
    line.put("language", answer.language());
    line.put("score", Math.round(answer.score() * 10_000) / 10_000.0);
    ArrayNode suggestions = line.putArray("suggestions");
    answer.suggestions().stream().map(Suggestion::entryKey).forEach(suggestions::add);
    return line;
  }

  record Arguments(Path kb, Path questions, Path out) {

    static Arguments parse(String[] args) {
      List<String> rest = new ArrayList<>(List.of(args));
      if (!rest.isEmpty() && rest.get(0).equals(NAME)) {
        rest.remove(0);
      }
      Path kb = null;
      Path questions = null;
      Path out = null;
      for (int i = 0; i < rest.size(); i += 2) {
        String option = rest.get(i);
        if (i + 1 >= rest.size()) {
          throw new IllegalArgumentException("option " + option + " needs a value");
        }
        Path value = Path.of(rest.get(i + 1));
        switch (option) {
          case "--kb" -> kb = value;
          case "--questions" -> questions = value;
          case "--out" -> out = value;
          default -> throw new IllegalArgumentException("unknown option " + option);
        }
      }
      if (kb == null || questions == null || out == null) {
        throw new IllegalArgumentException("--kb, --questions and --out are all required");
      }
      return new Arguments(kb, questions, out);
    }
  }
}
