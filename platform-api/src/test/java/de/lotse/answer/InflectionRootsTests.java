package de.lotse.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InflectionRootsTests {

  private static final Analysed DE = new Analysed("de");
  private static final Analysed AR = new Analysed("ar");
  private static final Analysed FA = new Analysed("fa");

  @Test
  void germanVerbFormsLeadToTheirRoot() {
    assertThat(DE.roots("arbeitet")).contains(DE.term("Arbeit"));
    assertThat(DE.roots("gearbeitet")).contains(DE.term("Arbeit"));
    assertThat(DE.roots("beantragt")).contains(DE.term("beantragen"));
    assertThat(DE.roots("wohnt")).contains(DE.term("wohnen"));
  }

  @Test
  void germanParticipleAndInfinitiveOfSeparableVerbsLoseTheInnerSyllable() {
    assertThat(DE.roots("abgelaufen")).contains(DE.term("Ablauf"));
    assertThat(DE.roots("abzuholen")).contains(DE.term("abholen"));
  }

  @Test
  void shortGermanWordsKeepAtLeastFourLetters() {
    assertThat(InflectionRoots.of("de").candidates("amt")).isEmpty();
    assertThat(InflectionRoots.of("de").candidates("geht")).allMatch(root -> root.length() >= 4);
  }

  @Test
  void arabicPrepositionAndPronounCliticsAreStripped() {
    // "لصورة" (for the photo) -> "صورة"; "حقيبتي" (my bag) -> "حقيبة".
    assertThat(AR.roots("لصورة")).contains(AR.term("صورة"));
    assertThat(AR.roots("حقيبتي")).contains(AR.term("حقيبة"));
  }

  @Test
  void arabicPresentTenseVerbsLeadToTheirVerbalNoun() {
    // "أجددها" (I renew it) -> "تجديد" (renewal); "سأجدد" (I will renew) and Levantine "بجدد" too.
    assertThat(AR.roots("أجددها")).contains(AR.term("تجديد"));
    assertThat(AR.roots("سأجدد")).contains(AR.term("تجديد"));
    assertThat(AR.roots("بجدد")).contains(AR.term("تجديد"));
    // "يعمل" (he works) -> "عمل" (work); "أصدر" (I issue) -> "إصدار" (issuing).
    assertThat(AR.roots("يعمل")).contains(AR.term("عمل"));
    assertThat(AR.roots("يصدر")).contains(AR.term("إصدار"));
  }

  @Test
  void persianVerbPrefixIsStrippedButNotTheNegation() {
    // "مینویسد" (writes) -> "نویسد"; "ندادم" (I did not give) must not become "دادم" (I gave).
    assertThat(FA.roots("مینویسد")).contains(FA.term("نویسد"));
    assertThat(FA.roots("ندادم")).doesNotContain(FA.term("دادم"));
  }

  @Test
  void languagesWithoutRulesHaveNoCandidates() {
    assertThat(InflectionRoots.of("en").candidates("worked")).isEmpty();
  }

  /** Candidates are computed on analysed terms, so the tests analyse their words first. */
  private record Analysed(String language) {

    String term(String word) {
      List<String> terms =
          LanguageAnalysis.terms(LanguageAnalysis.analyzer(language, null, null), word);
      assertThat(terms).hasSize(1);
      return terms.get(0);
    }

    List<String> roots(String word) {
      return InflectionRoots.of(language).candidates(term(word));
    }
  }
}
