package de.lotse.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How the feedback inbox decides that two questions ask the same thing. */
class QuestionGroupKeyTests {

  private static final String TENANT = "office";

  private AnswerEngine engine;

  @BeforeEach
  void setUp() {
    engine = new AnswerEngine();
    engine.replaceTenant(
        TENANT,
        new TenantKnowledge(
            "de",
            List.of("de", "en", "ar"),
            List.of(new EntryContent(
                "appointment",
                "residence",
                Map.of(
                    "de",
                        new EntryText(
                            "Termin vereinbaren",
                            List.of("Wie bekomme ich einen Termin?"),
                            "Buchen Sie online."),
                    "en",
                        new EntryText(
                            "Booking an appointment",
                            List.of("How do I get an appointment?"),
                            "Book online.")))),
            Map.of(),
            null));
  }

  @AfterEach
  void tearDown() {
    engine.close();
  }

  private QuestionGroupKey key(String question, String loggedLanguage) {
    return engine.groupKey(TENANT, question, loggedLanguage);
  }

  @Test
  void wordOrderCaseQuestionWordsAndPunctuationDoNotSplitAGroup() {
    QuestionGroupKey a = key("wie lange dauert die Einbürgerung", "de");
    QuestionGroupKey b = key("Einbürgerung wie lange dauert es?", "de");
    QuestionGroupKey c = key("WIE LANGE DAUERT DIE EINBUERGERUNG??", "de");

    assertThat(b.id()).isEqualTo(a.id());
    assertThat(c.id()).isEqualTo(a.id());
    assertThat(a.language()).isEqualTo("de");
    assertThat(a.terms()).doesNotContain("wie", "die", "es");
  }

  @Test
  void anotherTopicIsAnotherGroup() {
    assertThat(key("Wie lange dauert der Reisepass?", "de").id())
        .isNotEqualTo(key("Wie lange dauert die Einbürgerung?", "de").id());
  }

  @Test
  void inflectedFormsMeet() {
    assertThat(key("Kosten der Einbürgerungen", "de").id())
        .isEqualTo(key("Einbürgerung Kosten", "de").id());
    assertThat(key("How long does naturalisation take?", "en").id())
        .isEqualTo(key("naturalisation: how long will it take", "en").id());
  }

  @Test
  void anEnglishQuestionLoggedWithAGermanReplyIsGroupedAsEnglish() {
    // An answer without an English translation is logged in German, the language of the reply.
    QuestionGroupKey loggedGerman = key("How long does the naturalisation take?", "de");

    assertThat(loggedGerman.language()).isEqualTo("en");
    assertThat(loggedGerman.id())
        .isEqualTo(key("how long does naturalisation take", "en").id());
  }

  @Test
  void anArabicQuestionIsAnalysedAsArabic() {
    QuestionGroupKey arabic = key("كم تستغرق عملية التجنيس؟", "de");

    assertThat(arabic.language()).isEqualTo("ar");
    assertThat(arabic.id()).isEqualTo(key("كم تستغرق عملية التجنيس", "ar").id());
  }

  @Test
  void questionsOfStopWordsOnlyStillGroupByTheirWords() {
    assertThat(key("Hallo!", "de").id()).isEqualTo(key("hallo", "de").id());
    assertThat(key("Hallo!", "de").id()).isNotEqualTo(key("Danke", "de").id());
    assertThat(key("Hallo!", "de").terms()).allMatch(t -> t.startsWith("="));
  }

  @Test
  void theIdDependsOnTheTermsAloneAndHoldsNoWords() {
    QuestionGroupKey key = key("Wie lange dauert die Einbürgerung?", "de");

    assertThat(key.id())
        .matches("[0-9a-f]{32}")
        .isEqualTo(new QuestionGroupKey("fr", key.terms()).id());
  }
}
