package de.lotse.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Guards the engine's decisions on the Rosenheim questions against unintended change, e.g. by a
 * performance optimisation: every question, alone and as a follow-up to an entry, must come out
 * as recorded in {@link #RECORDED} (decision, entry, reply language, suggestions, candidates with
 * their scores to six decimals).
 *
 * <p>When scoring is changed on purpose, record the new decisions with {@code main} (run from
 * platform-api with the test classpath) and review the difference like any other change.
 */
class RosenheimDecisionsTests {

  static final Path RECORDED = Path.of("src/test/resources/answer/rosenheim-decisions.txt");
  private static final String TENANT = "rosenheim";

  @Test
  void decidesEveryRosenheimQuestionAsRecorded() throws IOException {
    List<String> recorded = Files.readAllLines(RECORDED, StandardCharsets.UTF_8);

    List<String> decided = decisions();

    assertThat(decided).hasSameSizeAs(recorded);
    for (int i = 0; i < decided.size(); i++) {
      assertThat(decided.get(i)).as("line %d of %s", i + 1, RECORDED).isEqualTo(recorded.get(i));
    }
  }

  static List<String> decisions() {
    List<String> lines = new ArrayList<>();
    TenantKnowledge knowledge = EvalData.knowledge(EvalData.ROSENHEIM_KB, null);
    List<String> keys = knowledge.entries().stream().map(EntryContent::key).toList();
    try (AnswerEngine engine = new AnswerEngine()) {
      engine.replaceTenant(TENANT, knowledge);
      List<EvalData.DevQuestion> questions = EvalData.questions(EvalData.ROSENHEIM_QUESTIONS);
      for (int i = 0; i < questions.size(); i++) {
        EvalData.DevQuestion q = questions.get(i);
        // Each question also follows a different entry, so that the follow-up rule is exercised
        // too.
        String previous = keys.get(i * 7 % keys.size());
        lines.add(q.id() + " "
            + describe(engine.ask(TENANT, new Question(q.question(), q.language(), null))));
        lines.add(q.id() + "/" + previous + " "
            + describe(engine.ask(TENANT, new Question(q.question(), q.language(), previous))));
      }
    }
    return lines;
  }

  private static String describe(EngineAnswer answer) {
    StringBuilder line = new StringBuilder();
    line.append(answer.decision())
        .append(' ')
        .append(answer.entryKey())
        .append(' ')
        .append(answer.language())
        .append(answer.languageFallback() ? " fallback-language" : "");
    line.append(" suggestions=");
    answer.suggestions().forEach(s -> line.append(s.entryKey()).append(','));
    line.append(" candidates=");
    answer
        .candidates()
        .forEach(c -> line.append(c.entryKey())
            .append(':')
            .append(String.format(Locale.ROOT, "%.6f", c.score()))
            .append(','));
    return line.toString();
  }

  /** Records the current decisions as the expected ones. */
  public static void main(String[] args) throws IOException {
    Files.write(RECORDED, decisions(), StandardCharsets.UTF_8);
  }
}
