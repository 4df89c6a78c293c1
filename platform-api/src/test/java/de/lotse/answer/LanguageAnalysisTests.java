package de.lotse.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.junit.jupiter.api.Test;

class LanguageAnalysisTests {

  @Test
  void germanSpellingsWithAndWithoutUmlautsMeetInOneTerm() {
    Analyzer german = plain("de");

    List<String> expected = LanguageAnalysis.terms(german, "Aufenthaltserlaubnis verlängern");
    assertThat(LanguageAnalysis.terms(german, "Aufenthaltserlaubnis verlaengern"))
        .isEqualTo(expected);
    assertThat(LanguageAnalysis.terms(german, "AUFENTHALTSERLAUBNIS VERLANGERN"))
        .isEqualTo(expected);
    assertThat(LanguageAnalysis.terms(german, "Straße"))
        .isEqualTo(LanguageAnalysis.terms(german, "Strasse"));
  }

  @Test
  void germanCompoundIsSplitIntoPartsTheOfficeUses() {
    CharArraySet parts =
        LanguageAnalysis.normalizedSet("de", Set.of("Niederlassung", "Erlaubnis", "Antrag"));
    Analyzer german = LanguageAnalysis.analyzer("de", SynonymGroups.build("de", List.of()), parts);

    List<LanguageAnalysis.Concept> concepts =
        LanguageAnalysis.concepts(german, "Niederlassungserlaubnisantrag");

    // One concept: the compound counts once, however many of its parts the office's words match.
    assertThat(concepts).hasSize(1);
    assertThat(concepts.get(0).terms())
        .containsAll(LanguageAnalysis.terms(german, "Niederlassung"))
        .containsAll(LanguageAnalysis.terms(german, "Erlaubnis"))
        .containsAll(LanguageAnalysis.terms(german, "Antrag"));
  }

  @Test
  void compoundPartsArePartsOfTheWordNotWordsOfTheirOwn() {
    CharArraySet parts =
        LanguageAnalysis.normalizedSet("de", Set.of("Niederlassungserlaubnis", "Antrag"));
    Analyzer german = LanguageAnalysis.analyzer("de", SynonymGroups.build("de", List.of()), parts);

    LanguageAnalysis.Concept compound =
        LanguageAnalysis.concepts(german, "Niederlassungserlaubnisantrag").get(0);

    // The longest known words read the compound; they stand for a part of it, not all of it.
    assertThat(compound.heads()).hasSize(1);
    assertThat(compound.parts())
        .containsExactlyElementsOf(
            LanguageAnalysis.terms(german, "Niederlassungserlaubnis Antrag"));
  }

  @Test
  void innerWordsThatDoNotReadTheWholeCompoundAreNoParts() {
    CharArraySet parts = LanguageAnalysis.normalizedSet("de", Set.of("Arbeit", "Zeit", "Dauer"));
    Analyzer german = LanguageAnalysis.analyzer("de", SynonymGroups.build("de", List.of()), parts);

    // "be" is no word: "Bearbeitung" is not about work, though "arbeit" is inside it.
    List<String> terms = LanguageAnalysis.terms(german, "Bearbeitungszeit");
    assertThat(terms).doesNotContainAnyElementsOf(LanguageAnalysis.terms(german, "Arbeit"));
    // The unknown modifier is a part of its own; the known head is still found.
    assertThat(terms).containsAll(LanguageAnalysis.terms(german, "Zeit"));
    assertThat(terms).contains("bearbeitung");
    // Linking letters (-s-) join known words.
    assertThat(LanguageAnalysis.terms(german, "Arbeitszeit"))
        .containsAll(LanguageAnalysis.terms(german, "Arbeit Zeit"));
    // A word no sequence of known words reads stays whole.
    assertThat(LanguageAnalysis.terms(german, "Verarbeitung")).hasSize(1);
  }

  @Test
  void stopWordsAndCitizensFillerWordsCarryNoTopic() {
    assertThat(LanguageAnalysis.terms(plain("de"), "Wie kann ich bitte")).isEmpty();
    assertThat(LanguageAnalysis.terms(plain("en"), "How can I please")).isEmpty();
    assertThat(LanguageAnalysis.terms(plain("de"), "Wie kann ich einen Termin bekommen?"))
        .isNotEmpty();
    // Contractions, with and without the apostrophe citizens often leave out on a phone.
    assertThat(LanguageAnalysis.terms(plain("en"), "I'm sure I can't, im sure i cant, it's ok"))
        .isEqualTo(LanguageAnalysis.terms(plain("en"), "sure"));
  }

  @Test
  void arabicLetterFormsAndVowelMarksAreNormalised() {
    Analyzer arabic = plain("ar");

    List<String> plainForm = LanguageAnalysis.terms(arabic, "اقامة");
    assertThat(plainForm).isNotEmpty();
    assertThat(LanguageAnalysis.terms(arabic, "إقامة")).isEqualTo(plainForm);
    assertThat(LanguageAnalysis.terms(arabic, "إِقَامَة")).isEqualTo(plainForm);
  }

  @Test
  void persianWrittenWithArabicYehAndKafMeetsPersianLetters() {
    Analyzer persian = plain("fa");

    assertThat(LanguageAnalysis.terms(persian, "كارت"))
        .isNotEmpty()
        .isEqualTo(LanguageAnalysis.terms(persian, "کارت"));
    assertThat(LanguageAnalysis.terms(persian, "ايران"))
        .isEqualTo(LanguageAnalysis.terms(persian, "ایران"));
  }

  @Test
  void turkishDottedCapitalILowercasesTheTurkishWay() {
    Analyzer turkish = plain("tr");

    assertThat(LanguageAnalysis.terms(turkish, "İZİN"))
        .isEqualTo(LanguageAnalysis.terms(turkish, "izin"));
  }

  @Test
  void turkishWrittenWithoutItsSpecialLettersMeetsTheProperSpelling() {
    Analyzer turkish = plain("tr");

    assertThat(LanguageAnalysis.terms(turkish, "Turk vatandaslarina harc indirimi"))
        .isEqualTo(LanguageAnalysis.terms(turkish, "Türk vatandaşlarına harç indirimi"));
    assertThat(LanguageAnalysis.terms(turkish, "ogrenci"))
        .isEqualTo(LanguageAnalysis.terms(turkish, "öğrenci"));
  }

  @Test
  void turkishVerbAndNounFormsOfOneRootMeet() {
    Analyzer turkish = plain("tr");

    // "How do I extend …" against the sample question "I want to extend …" and the title's noun.
    List<String> extend = LanguageAnalysis.terms(turkish, "uzatırım");
    assertThat(extend).isEqualTo(LanguageAnalysis.terms(turkish, "uzatılması"));
    assertThat(LanguageAnalysis.terms(turkish, "kartımı"))
        .isEqualTo(LanguageAnalysis.terms(turkish, "kartım"));
    assertThat(LanguageAnalysis.terms(turkish, "oturum iznimi"))
        .isEqualTo(LanguageAnalysis.terms(turkish, "oturum iznimin"));
  }

  @Test
  void russianWrittenWithYeForYoMeetsTheProperSpelling() {
    Analyzer russian = plain("ru");

    assertThat(LanguageAnalysis.terms(russian, "истек вид на жительство"))
        .isEqualTo(LanguageAnalysis.terms(russian, "истёк вид на жительство"));
    // "ещё" is a stop word in its usual spelling "еще".
    assertThat(LanguageAnalysis.terms(russian, "ещё")).isEmpty();
  }

  @Test
  void ukrainianCaseFormsMeetAndFunctionWordsCarryNoTopic() {
    Analyzer ukrainian = plain("uk");

    List<String> card = LanguageAnalysis.terms(ukrainian, "карта");
    assertThat(card).isNotEmpty();
    assertThat(LanguageAnalysis.terms(ukrainian, "карти")).isEqualTo(card);
    assertThat(LanguageAnalysis.terms(ukrainian, "карту")).isEqualTo(card);
    assertThat(LanguageAnalysis.terms(ukrainian, "Навіщо він мені тут? Чи можу я з ним працювати?"))
        .isEqualTo(LanguageAnalysis.terms(ukrainian, "працювати"));
  }

  @Test
  void everySpellingOfADomainConceptBecomesOneGroupToken() {
    Analyzer german = LanguageAnalysis.analyzer(
        "de", SynonymGroups.build("de", SynonymGroups.merged("de", List.of())), null);

    List<String> blueCard = groupTokens(german, "Blue Card");
    assertThat(blueCard).hasSize(1);
    assertThat(groupTokens(german, "Blaue Karte")).isEqualTo(blueCard);
    assertThat(groupTokens(german, "BlueCard")).isEqualTo(blueCard);
    assertThat(groupTokens(german, "Fiktionsbescheinigung")).isNotEmpty().isNotEqualTo(blueCard);
  }

  @Test
  void officeSynonymsJoinTheBuiltInLexicon() {
    Analyzer german = LanguageAnalysis.analyzer(
        "de",
        SynonymGroups.build(
            "de", SynonymGroups.merged("de", List.of(List.of("Kreisverwaltungsreferat", "KVR")))),
        null);

    assertThat(groupTokens(german, "KVR"))
        .hasSize(1)
        .isEqualTo(groupTokens(german, "Kreisverwaltungsreferat"));
  }

  private static List<String> groupTokens(Analyzer analyzer, String text) {
    return LanguageAnalysis.terms(analyzer, text).stream()
        .filter(LanguageAnalysis::isGroupToken)
        .toList();
  }

  private static Analyzer plain(String language) {
    return LanguageAnalysis.analyzer(language, SynonymGroups.build(language, List.of()), null);
  }
}
