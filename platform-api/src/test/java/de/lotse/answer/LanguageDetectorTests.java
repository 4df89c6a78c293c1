package de.lotse.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LanguageDetectorTests {

  private final LanguageDetector detector = LanguageDetector.forTenant(
      List.of("de", "en", "ar", "fa", "ru", "uk", "tr"),
      "de",
      List.of(new EntryContent(
          "appointment",
          "service",
          Map.of(
              "de",
                  new EntryText(
                      "Termin vereinbaren",
                      List.of("Wie bekomme ich einen Termin?"),
                      "Termine vergeben wir online."),
              "en",
                  new EntryText(
                      "Booking an appointment",
                      List.of("How do I get an appointment?"),
                      "We give appointments online.")))));

  @Test
  void arabicScriptWithPersianLettersIsPersian() {
    assertThat(detector.detect("چطور اقامتم را تمدید کنم؟", null)).isEqualTo("fa");
    assertThat(detector.detect("چطور اقامتم را تمدید کنم؟", "ar")).isEqualTo("fa");
  }

  @Test
  void arabicScriptWithArabicOnlyLettersIsArabic() {
    assertThat(detector.detect("كيف أجدد تصريح الإقامة؟", null)).isEqualTo("ar");
    assertThat(detector.detect("كيف أجدد تصريح الإقامة؟", "de")).isEqualTo("ar");
  }

  @Test
  void cyrillicIsToldApartByLettersOnlyOneLanguageUses() {
    assertThat(detector.detect("Як продовжити посвідку на проживання?", null)).isEqualTo("uk");
    assertThat(detector.detect("Как продлить вид на жительство? Мы здесь", null))
        .isEqualTo("ru");
  }

  @Test
  void germanTermsInsideAnotherScriptDoNotMakeAQuestionGerman() {
    assertThat(detector.detect("شرایط Blaue Karte چیست؟", "fa")).isEqualTo("fa");
    assertThat(detector.detect("شرایط Blaue Karte چیست؟", null)).isEqualTo("fa");
    assertThat(detector.detect("Як подати заяву на Bürgergeld у Jobcenter?", "uk"))
        .isEqualTo("uk");
    assertThat(detector.detect("Що таке Fiktionsbescheinigung?", "uk")).isEqualTo("uk");
    assertThat(detector.detect("Що таке Fiktionsbescheinigung?", null)).isEqualTo("uk");
    // A German sentence with one name in Arabic letters stays German.
    assertThat(detector.detect(
            "Wie beantrage ich die Niederlassungserlaubnis für meinen Sohn محمد?", null))
        .isEqualTo("de");
  }

  @Test
  void latinQuestionClearlyInAnotherLanguageOverridesTheWidgetsChoice() {
    assertThat(detector.detect("Wie bekomme ich einen Termin bei Ihnen?", "en")).isEqualTo("de");
    assertThat(detector.detect("How do I get an appointment with you?", "de")).isEqualTo("en");
  }

  @Test
  void wordsOfTheOfficesOwnContentTellItsLanguagesApart() {
    // No function word in either question: only the words of the entries' texts decide, in any
    // case.
    LanguageDetector byContent = LanguageDetector.forTenant(
        List.of("de", "en"),
        "de",
        List.of(new EntryContent(
            "extension",
            "permits",
            Map.of(
                "de",
                    new EntryText(
                        "Aufenthaltserlaubnis verlängern",
                        List.of(),
                        "Verlängerung online beantragen."),
                "en",
                    new EntryText(
                        "Extending a residence permit",
                        List.of(),
                        "Apply for the extension online.")))));

    assertThat(byContent.detect("AUFENTHALTSERLAUBNIS verlängern", "en")).isEqualTo("de");
    assertThat(byContent.detect("residence permit extension", "de")).isEqualTo("en");
    // "online" is in both texts: it counts for neither side, so the choice stands.
    assertThat(byContent.detect("online", "en")).isEqualTo("en");
  }

  @Test
  void widgetsChoiceStandsWhenTheTextDoesNotClearlySayOtherwise() {
    assertThat(detector.detect("eAT", "en")).isEqualTo("en");
    assertThat(detector.detect("Termin", "en")).isEqualTo("en");
    assertThat(detector.detect("12345", "tr")).isEqualTo("tr");
  }

  @Test
  void withoutAChoiceTheDefaultLanguageIsTheFallback() {
    assertThat(detector.detect("eAT", null)).isEqualTo("de");
  }

  @Test
  void aScriptNoneOfTheOfficesLanguagesUsesKeepsTheChoice() {
    assertThat(detector.detect("ምስክር ወረቐት", "en")).isEqualTo("en");
    assertThat(detector.detect("ምስክር ወረቐት", "vi")).isEqualTo("de");
  }
}
