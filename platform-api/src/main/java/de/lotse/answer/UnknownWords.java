package de.lotse.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;

/**
 * What becomes of a question's word that no entry of a language index uses. By default it counts
 * as meaning the knowledge base does not have and pulls the question's coverage down (a question
 * about the weather should be handed off). Three kinds of unknown words are treated otherwise:
 *
 * <ul>
 *   <li>background words of citizens' stories (countries, cities, relatives, professions, months,
 *       everyday adverbs; the built-in list {@code background-words.txt}), numbers and stop words
 *       are left out: "Meine Tochter lebt bei Oma in Kenia" is about the daughter, and an office
 *       whose entries never name Kenya should not doubt its answer because of it;
 *   <li>an inflected form whose root the index knows counts as the root ({@link InflectionRoots}:
 *       "arbeitet", "gearbeitet" → "arbeit");
 *   <li>a misspelt word counts, with less credit, as the closest known term ({@link TypoCorrector}).
 * </ul>
 *
 * Roots and corrections only apply in the question's own language: in another language's index
 * its words are foreign anyway.
 *
 * @param background the language's background words and stop words as analysed terms
 *     ({@link #backgroundTerms})
 * @param roots how the language's inflected forms are traced to roots
 * @param typos the index's typo corrector, or null
 */
record UnknownWords(Set<String> background, InflectionRoots roots, TypoCorrector typos) {

  /** For text the engine adds itself (a previous answer's title): every word counts as it is. */
  static final UnknownWords AS_THEY_ARE = new UnknownWords(Set.of(), InflectionRoots.NONE, null);

  private static final Map<String, Set<String>> BACKGROUND_TERMS = new ConcurrentHashMap<>();

  /**
   * The built-in background words of the language, analysed once per language and shared by all
   * tenants: stemmed by the language's chain without a tenant's synonyms or compound parts (a
   * question's concept keeps its stemmed word among its heads beside a synonym group token, so
   * both meet). Only whole words, not a compound's parts ("Schwiegermutter" is background,
   * "Mutter" is not). The language's stop words are added as they are: stemming a word with a
   * clitic can leave one (Arabic "وفيها", "and in it", becomes "في", "in") after the stop filter
   * has run.
   */
  static Set<String> backgroundTerms(String language) {
    return BACKGROUND_TERMS.computeIfAbsent(language, UnknownWords::analyseBackgroundWords);
  }

  private static Set<String> analyseBackgroundWords(String language) {
    Set<String> terms = new HashSet<>();
    for (Object stopWord : LanguageAnalysis.stopWords(language)) {
      terms.add(new String((char[]) stopWord));
    }
    try (Analyzer analyzer = LanguageAnalysis.analyzer(language, null, null)) {
      for (String word : WordLists.backgroundWords(language)) {
        List<LanguageAnalysis.Concept> concepts = LanguageAnalysis.concepts(analyzer, word);
        // A word the chain splits (Persian "برنامه‌نویس", programmer, at its zero-width
        // non-joiner) would make its pieces background ("برنامه", programme): left out.
        if (concepts.size() == 1) {
          terms.addAll(concepts.get(0).heads());
        }
      }
    }
    return Set.copyOf(terms);
  }

  /**
   * Whether a concept whose heads the index does not know is a background word. Numbers the
   * knowledge base does not use are background too: ages, dates and amounts of a citizen's story
   * ("meine Kinder, 8 und 11") match nothing and mean no topic.
   */
  boolean isBackground(List<String> heads) {
    for (String head : heads) {
      if (background.contains(head) || isNumber(head)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNumber(String term) {
    return !term.isEmpty() && term.chars().allMatch(Character::isDigit);
  }
}
