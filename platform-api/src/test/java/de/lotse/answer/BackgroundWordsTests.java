package de.lotse.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The built-in background words (background-words.txt) against the engine's other word lists. */
class BackgroundWordsTests {

  @ParameterizedTest
  @ValueSource(strings = {"de", "en", "ar", "fa", "tr", "uk", "ru"})
  void everyLanguageWithTranslationsInTheDemoHasBackgroundWords(String language) {
    assertThat(WordLists.backgroundWords(language)).hasSizeGreaterThan(300);
  }

  /**
   * A background word that a domain synonym or another authority's matter also analyses to would
   * silently drop that concept from questions to offices whose entries do not use it. The EU
   * citizens' group is the exception by design: "Italiener" (in the group) and "Italien" (a
   * country, background) share their stem, and the group's token keeps the nationality a concept
   * wherever the office writes about EU citizens.
   */
  @ParameterizedTest
  @ValueSource(strings = {"de", "en", "ar", "fa", "tr", "uk", "ru"})
  void noBackgroundWordStandsForADomainConcept(String language) {
    Set<String> domainTerms = new HashSet<>();
    try (Analyzer analyzer = LanguageAnalysis.analyzer(language, null, null)) {
      for (List<String> group : WordLists.domainSynonyms(language)) {
        if (isEuCitizensGroup(group)) {
          continue;
        }
        group.forEach(term -> domainTerms.addAll(LanguageAnalysis.terms(analyzer, term)));
      }
      WordLists.otherAuthorities(language)
          .forEach(term -> domainTerms.addAll(LanguageAnalysis.terms(analyzer, term)));
    }
    Set<String> overlap = new HashSet<>(domainTerms);
    try (Analyzer analyzer = LanguageAnalysis.analyzer(language, null, null)) {
      Set<String> background = new HashSet<>();
      WordLists.backgroundWords(language)
          .forEach(word -> background.addAll(LanguageAnalysis.terms(analyzer, word)));
      overlap.retainAll(background);
    }

    assertThat(overlap).isEmpty();
  }

  /** The group holds the nationalities of the EU states, so it is the one that names the French. */
  private static boolean isEuCitizensGroup(List<String> group) {
    return group.stream()
        .anyMatch(term -> List.of(
                "Franzose", "French", "فرنسي", "فرانسوی", "Fransız", "француз", "французи")
            .contains(term));
  }

  @ParameterizedTest
  @ValueSource(strings = {"de", "en", "ar", "fa", "tr", "uk", "ru"})
  void backgroundTermsIncludeTheLanguagesStopWords(String language) {
    try (Analyzer analyzer = LanguageAnalysis.normalizer(language)) {
      String stopWord = WordLists.fillerWords(language).get(0);
      assertThat(UnknownWords.backgroundTerms(language))
          .containsAll(LanguageAnalysis.terms(analyzer, stopWord));
    }
  }
}
