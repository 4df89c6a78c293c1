package de.lotse.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Compounds in questions to the Rosenheim seed knowledge base, which never uses them as such. */
class GermanCompoundQuestionsTests {

  private static AnswerEngine engine;

  @BeforeAll
  static void loadRosenheim() {
    engine = AnswerEngine.withoutCache();
    engine.replaceTenant("rosenheim", EvalData.knowledge(EvalData.ROSENHEIM_KB, null));
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @Test
  void compoundTheOfficeNeverWritesIsAnsweredFromItsParts() {
    EngineAnswer answer = engine.ask("rosenheim", Question.of("Niederlassungserlaubnisantrag", "de"));

    assertThat(answer.decision()).isEqualTo(Decision.ANSWER);
    assertThat(answer.entryKey()).isEqualTo("settlement-permit");
  }

  @Test
  void wordInsideADerivedWordDoesNotLeadToIt() {
    // "Bearbeitungszeit" holds "arbeit", but processing time is not what a question about work means.
    EngineAnswer answer = engine.ask("rosenheim", Question.of("Arbeit", "de"));

    assertThat(answer.candidates()).extracting(Candidate::entryKey).doesNotContain("processing-time");
  }
}
