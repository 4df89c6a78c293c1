package de.lotse.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Questions about other authorities' matters, against the Rosenheim seed knowledge base. */
class OtherAuthoritiesTests {

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
    assertThat(ask("How do I get a German driving licence?", "en").decision()).isEqualTo(Decision.FALLBACK);
    assertThat(ask("Как получить Wohngeld? Какие документы нужны?", "ru").decision()).isEqualTo(Decision.FALLBACK);
  }

  private static EngineAnswer ask(String text, String language) {
    return engine.ask("rosenheim", Question.of(text, language));
  }
}
