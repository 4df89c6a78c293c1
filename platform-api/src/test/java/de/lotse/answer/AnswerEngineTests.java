package de.lotse.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AnswerEngineTests {

  private static final String TENANT = "rosenheim";

  private AnswerEngine engine;

  @BeforeEach
  void setUp() {
    engine = new AnswerEngine();
    engine.replaceTenant(TENANT, knowledge(entries()));
  }

  @AfterEach
  void tearDown() {
    engine.close();
  }

  @Test
  void answersGermanQuestionWithMatchingEntry() {
    EngineAnswer answer = ask("Wie verlängere ich meine Aufenthaltserlaubnis?", "de");

    assertThat(answer.decision()).isEqualTo(Decision.ANSWER);
    assertThat(answer.entryKey()).isEqualTo("extend-residence-permit");
    assertThat(answer.language()).isEqualTo("de");
    assertThat(answer.title()).isEqualTo("Aufenthaltserlaubnis verlängern");
    assertThat(answer.score()).isBetween(0.0, 1.0);
    assertThat(answer.candidates())
        .first()
        .extracting(Candidate::entryKey)
        .isEqualTo("extend-residence-permit");
  }

  @Test
  void answersEnglishQuestionInEnglish() {
    EngineAnswer answer = ask("how can I get the EU blue card", "en");

    assertThat(answer.decision()).isEqualTo(Decision.ANSWER);
    assertThat(answer.entryKey()).isEqualTo("blue-card");
    assertThat(answer.language()).isEqualTo("en");
    assertThat(answer.languageFallback()).isFalse();
  }

  @Test
  void findsEntryThroughSynonymInAnotherSpelling() {
    EngineAnswer answer = ask("Voraussetzungen für die Blue Card?", "de");

    assertThat(answer.decision()).isEqualTo(Decision.ANSWER);
    assertThat(answer.entryKey()).isEqualTo("blue-card");
  }

  @Test
  void findsEntryWrittenWithoutUmlauts() {
    EngineAnswer answer = ask("aufenthaltserlaubnis verlaengern", "de");

    assertThat(answer.decision()).isEqualTo(Decision.ANSWER);
    assertThat(answer.entryKey()).isEqualTo("extend-residence-permit");
  }

  @Test
  void findsEntryFromPartsOfACompoundWord() {
    EngineAnswer answer = ask("Erlaubnis für den Aufenthalt verlängern", "de");

    assertThat(answer.decision()).isEqualTo(Decision.ANSWER);
    assertThat(answer.entryKey()).isEqualTo("extend-residence-permit");
  }

  @Test
  void toleratesATypo() {
    EngineAnswer answer = ask("Aufenthaltserlaubniss verlängern", "de");

    assertThat(answer.decision()).isEqualTo(Decision.ANSWER);
    assertThat(answer.entryKey()).isEqualTo("extend-residence-permit");
  }

  @Test
  void answersArabicQuestionInArabicWhenLanguageIsNotGiven() {
    EngineAnswer answer = ask("كيف أحصل على البطاقة الزرقاء؟", null);

    assertThat(answer.decision()).isEqualTo(Decision.ANSWER);
    assertThat(answer.entryKey()).isEqualTo("blue-card");
    assertThat(answer.language()).isEqualTo("ar");
    assertThat(answer.title()).isEqualTo("البطاقة الزرقاء الأوروبية");
  }

  @Test
  void searchesInTheLanguageTheQuestionIsWrittenInWhenTheWidgetSaysOtherwise() {
    EngineAnswer answer = ask("How do I get an EU Blue Card?", "de");

    assertThat(answer.entryKey()).isEqualTo("blue-card");
    assertThat(answer.language()).isEqualTo("en");
  }

  @Test
  void answersInDefaultLanguageWhenEntryLacksTheTranslation() {
    EngineAnswer answer = ask("What are the Öffnungszeiten of the Ausländerbehörde?", "en");

    assertThat(answer.decision()).isEqualTo(Decision.ANSWER);
    assertThat(answer.entryKey()).isEqualTo("opening-hours");
    assertThat(answer.language()).isEqualTo("de");
    assertThat(answer.languageFallback()).isTrue();
    assertThat(answer.title()).isEqualTo("Öffnungszeiten");
  }

  @Test
  void asksBackWhenTwoEntriesFitEqually() {
    EngineAnswer answer = ask("Ich habe etwas verloren", "de");

    assertThat(answer.decision()).isEqualTo(Decision.CLARIFY);
    assertThat(answer.entryKey()).isNull();
    assertThat(answer.suggestions()).hasSizeBetween(2, 3);
    assertThat(answer.suggestions())
        .extracting(Suggestion::entryKey)
        .contains("lost-passport", "lost-eat-card");
  }

  @Test
  void handsOffQuestionsOutsideTheKnowledgeBase() {
    assertThat(ask("Wie wird das Wetter morgen in München?", "de").decision())
        .isEqualTo(Decision.FALLBACK);
    assertThat(ask("who won the football game yesterday", "en").decision())
        .isEqualTo(Decision.FALLBACK);
    assertThat(ask("asdkj qwpoe zzxv", null).decision()).isEqualTo(Decision.FALLBACK);
    assertThat(ask("   ", "de").decision()).isEqualTo(Decision.FALLBACK);
  }

  @Test
  void shortFollowUpRefersToThePreviousEntry() {
    String followUp = "und was kostet das?";

    EngineAnswer withoutContext = ask(followUp, "de");
    EngineAnswer afterNaturalisation =
        engine.ask(TENANT, new Question(followUp, "de", "naturalisation"));
    EngineAnswer afterBlueCard = engine.ask(TENANT, new Question(followUp, "de", "blue-card"));

    assertThat(withoutContext.decision()).isNotEqualTo(Decision.ANSWER);
    assertThat(afterNaturalisation.entryKey()).isEqualTo("naturalisation-fees");
    assertThat(afterBlueCard.entryKey()).isEqualTo("blue-card-fees");
  }

  @Test
  void followUpAboutAnUnknownTopicIsNotAnsweredWithThePreviousEntry() {
    EngineAnswer weather =
        engine.ask(TENANT, new Question("Wie wird das Wetter morgen?", "de", "naturalisation"));

    assertThat(weather.decision()).isEqualTo(Decision.FALLBACK);
  }

  @Test
  void followUpAboutABackgroundWordIsNotAnsweredWithThePreviousEntry() {
    // "Oma" is background in a story, but in a short follow-up it is the new topic.
    EngineAnswer grandmother =
        engine.ask(TENANT, new Question("Und für meine Oma?", "de", "naturalisation"));

    assertThat(grandmother.decision()).isEqualTo(Decision.FALLBACK);
  }

  @Test
  void incrementalUpdateReplacesAnEntryAndDeletionRemovesIt() {
    assertThat(ask("Reisepass verloren", "de").entryKey()).isEqualTo("lost-passport");

    EntryContent changed = entry(
        "blue-card",
        "de",
        "Blaue Karte EU",
        List.of("Wie bekomme ich die Karte für Akademiker?"),
        "Akademiker mit Arbeitsvertrag erhalten die Blaue Karte.");
    engine.updateEntries(TENANT, List.of(changed), Set.of("lost-passport"));

    EngineAnswer updated = ask("Karte für Akademiker", "de");
    assertThat(updated.entryKey()).isEqualTo("blue-card");
    assertThat(updated.language()).isEqualTo("de");
    assertThat(ask("Reisepass verloren", "de").candidates())
        .extracting(Candidate::entryKey)
        .doesNotContain("lost-passport");
  }

  @Test
  void repeatedQuestionIsAnsweredFromMemoryUntilTheContentChanges() {
    EngineAnswer first = ask("Reisepass verloren", "de");

    assertThat(ask("Reisepass verloren", "de")).isSameAs(first);
    assertThat(ask("Reisepass verloren", null)).isNotSameAs(first);
    assertThat(engine.ask(TENANT, new Question("Reisepass verloren", "de", "naturalisation")))
        .isNotSameAs(first);

    engine.updateEntries(TENANT, List.of(), Set.of());
    assertThat(ask("Reisepass verloren", "de")).isNotSameAs(first).isEqualTo(first);
  }

  @Test
  void engineWithoutCacheSearchesEveryTime() {
    try (AnswerEngine uncached = AnswerEngine.withoutCache()) {
      uncached.replaceTenant(TENANT, knowledge(entries()));
      Question question = new Question("Reisepass verloren", "de", null);

      assertThat(uncached.ask(TENANT, question))
          .isNotSameAs(uncached.ask(TENANT, question))
          .isEqualTo(uncached.ask(TENANT, question));
    }
  }

  @Test
  void storyDetailsTheKnowledgeBaseDoesNotUseDoNotLowerTheConfidence() {
    EngineAnswer plain = ask("Reisepass verloren", "de");
    EngineAnswer story =
        ask("Meine Cousine hat im März in Kenia ihren Reisepass verloren, vor 3 Tagen", "de");

    assertThat(story.entryKey()).isEqualTo("lost-passport");
    // Cousin, March, Kenya and the number are background; "Tagen" is not and may count.
    assertThat(story.score())
        .isGreaterThan(ask("Reisepass verloren, vor Tagen ohne Sinn", "de").score());
    assertThat(ask("Meine Cousine hat im März in Kenia ihren Reisepass verloren", "de")
            .score())
        .isEqualTo(plain.score());
  }

  @Test
  void countryOfOriginInAnArabicQuestionDoesNotLowerTheConfidence() {
    EngineAnswer plain = ask("كيف أحصل على البطاقة الزرقاء؟", "ar");
    // "I am from Syria, how do I get the Blue Card?"
    EngineAnswer fromSyria = ask("أنا من سوريا، كيف أحصل على البطاقة الزرقاء؟", "ar");

    assertThat(fromSyria.entryKey()).isEqualTo("blue-card");
    assertThat(fromSyria.language()).isEqualTo("ar");
    assertThat(fromSyria.score()).isEqualTo(plain.score());
  }

  @Test
  void backgroundWordCountsWhenTheKnowledgeBaseUsesIt() {
    engine.updateEntries(
        TENANT,
        List.of(entry(
            "turkish-citizens",
            "de",
            "Staatsangehörige der Türkei",
            List.of("Gilt für Staatsangehörige der Türkei etwas Besonderes?"),
            "Für sie gilt das Assoziationsabkommen.")),
        Set.of());

    EngineAnswer answer = ask("Was gilt für die Türkei?", "de");

    assertThat(answer.decision()).isEqualTo(Decision.ANSWER);
    assertThat(answer.entryKey()).isEqualTo("turkish-citizens");
  }

  @Test
  void inflectedVerbCountsAsItsRootKnownToTheKnowledgeBase() {
    // The entry says "sperren"; "gesperrt" is in none of its texts (nor in a built-in synonym
    // group, which would make it known without its root).
    assertThat(ask("eAT-Karte gesperrt", "de").score())
        .isEqualTo(ask("eAT-Karte sperren", "de").score());
  }

  @Test
  void removedTenantIsGone() {
    engine.removeTenant(TENANT);

    assertThat(engine.hasTenant(TENANT)).isFalse();
  }

  private EngineAnswer ask(String text, String language) {
    return engine.ask(TENANT, new Question(text, language, null));
  }

  private static TenantKnowledge knowledge(List<EntryContent> entries) {
    return new TenantKnowledge(
        "de",
        List.of("de", "en", "ar"),
        entries,
        Map.of("de", List.of(List.of("Ausländerbehörde", "Ausländeramt"))),
        Thresholds.defaults());
  }

  private static List<EntryContent> entries() {
    return List.of(
        new EntryContent(
            "blue-card",
            "work",
            texts(
                "de",
                    new EntryText(
                        "Blaue Karte EU",
                        List.of(
                            "Wie bekomme ich eine Blaue Karte EU?", "Voraussetzungen Blaue Karte"),
                        "Die Blaue Karte EU erhalten Fachkräfte mit Hochschulabschluss und Mindestgehalt."),
                "en",
                    new EntryText(
                        "EU Blue Card",
                        List.of("How do I get an EU Blue Card?", "Blue Card requirements"),
                        "Skilled workers with a university degree and a minimum salary get the EU Blue Card."),
                "ar",
                    new EntryText(
                        "البطاقة الزرقاء الأوروبية",
                        List.of("كيف أحصل على البطاقة الزرقاء الأوروبية؟"),
                        "يحصل عليها أصحاب الشهادات الجامعية براتب أدنى."))),
        new EntryContent(
            "extend-residence-permit",
            "residence",
            texts(
                "de",
                    new EntryText(
                        "Aufenthaltserlaubnis verlängern",
                        List.of(
                            "Wie verlängere ich meine Aufenthaltserlaubnis?",
                            "Verlängerung Aufenthaltstitel"),
                        "Stellen Sie den Antrag rechtzeitig vor Ablauf Ihres Titels."),
                "en",
                    new EntryText(
                        "Extending your residence permit",
                        List.of("How do I extend my residence permit?"),
                        "Apply in good time before your permit expires."))),
        entry(
            "lost-passport",
            "de",
            "Reisepass verloren",
            List.of("Ich habe meinen Reisepass verloren", "Pass verloren, was tun?"),
            "Melden Sie den Verlust bei der Polizei und Ihrer Botschaft."),
        entry(
            "lost-eat-card",
            "de",
            "eAT-Karte verloren",
            List.of("Ich habe meine eAT-Karte verloren", "Karte verloren, was tun?"),
            "Lassen Sie die Karte sperren und melden Sie den Verlust bei uns."),
        entry(
            "naturalisation",
            "de",
            "Einbürgerung",
            List.of("Wie kann ich mich einbürgern lassen?", "Voraussetzungen Einbürgerung"),
            "Nach fünf Jahren rechtmäßigem Aufenthalt können Sie die Einbürgerung beantragen."),
        entry(
            "naturalisation-fees",
            "de",
            "Gebühren der Einbürgerung",
            List.of("Was kostet die Einbürgerung?"),
            "Die Einbürgerung kostet 255 Euro."),
        entry(
            "blue-card-fees",
            "de",
            "Gebühren der Blauen Karte",
            List.of("Was kostet die Blaue Karte?"),
            "Die Blaue Karte kostet 100 Euro."),
        entry(
            "opening-hours",
            "de",
            "Öffnungszeiten",
            List.of("Wann hat die Ausländerbehörde geöffnet?", "Öffnungszeiten"),
            "Montag bis Freitag 8 bis 12 Uhr."));
  }

  private static EntryContent entry(
      String key, String language, String title, List<String> questions, String answer) {
    return new EntryContent(
        key, "general", Map.of(language, new EntryText(title, questions, answer)));
  }

  private static Map<String, EntryText> texts(Object... pairs) {
    Map<String, EntryText> texts = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      texts.put((String) pairs[i], (EntryText) pairs[i + 1]);
    }
    return texts;
  }
}
