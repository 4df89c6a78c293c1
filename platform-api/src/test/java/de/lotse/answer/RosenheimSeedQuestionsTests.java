package de.lotse.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Questions that show single rules of the engine at work, against the Rosenheim seed knowledge
 * base: German compounds the office never writes, and other authorities' matters.
 */
class RosenheimSeedQuestionsTests {

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
    EngineAnswer answer = ask("Niederlassungserlaubnisantrag", "de");

    assertThat(answer.decision()).isEqualTo(Decision.ANSWER);
    assertThat(answer.entryKey()).isEqualTo("settlement-permit");
  }

  @Test
  void wordInsideADerivedWordDoesNotLeadToIt() {
    // "Bearbeitungszeit" holds "arbeit", but processing time is not what a question about work
    // means.
    EngineAnswer answer = ask("Arbeit", "de");

    assertThat(answer.candidates())
        .extracting(Candidate::entryKey)
        .doesNotContain("processing-time");
  }

  @Test
  void handsOffAQuestionAboutAnotherAuthoritysMatterThatSharesWordsWithEntries() {
    // "beantragen" and "Kind" match entries about children; none of them is about child benefit.
    EngineAnswer answer = ask("Wie beantrage ich Kindergeld für mein Kind?", "de");

    assertThat(answer.decision()).isEqualTo(Decision.FALLBACK);
  }

  @Test
  void stillAnswersWhenTheEntryItselfSpeaksAboutThatMatter() {
    EngineAnswer answer = ask("Zählt Kindergeld zum Lebensunterhalt für die Verlängerung?", "de");

    assertThat(answer.decision()).isEqualTo(Decision.ANSWER);
    assertThat(answer.entryKey()).isEqualTo("livelihood-proof");
  }

  @Test
  void recognisesTheMatterInEnglishAndAsAGermanWordInAnotherLanguage() {
    assertThat(ask("How do I get a German driving licence?", "en").decision())
        .isEqualTo(Decision.FALLBACK);
    assertThat(ask("Как получить Wohngeld? Какие документы нужны?", "ru").decision())
        .isEqualTo(Decision.FALLBACK);
  }

  private static EngineAnswer ask(String text, String language) {
    return engine.ask("rosenheim", Question.of(text, language));
  }
}
