package de.lotse.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * Recognises questions about another authority's matters (child benefit, driving licences, taxes,
 * the broadcasting fee, …; the built-in list {@code other-authorities.txt}) in one language.
 *
 * <p>Such questions share words with the office's entries ("Wie beantrage ich Kindergeld für mein
 * Kind?" shares "beantragen" and "Kind" with family reunification), so they tend to end in a
 * "did you mean …?" about entries that cannot help. When the question names such a matter and the
 * entry the engine would offer does not mention it anywhere, the honest reply is the hand-off to
 * the office's staff. An entry that does mention it (an office explaining whether child benefit
 * counts towards the livelihood) is still offered.
 */
final class OtherAuthorities {

  /** Per matter, its concepts; per concept, the terms that stand for all of it. */
  private final List<List<List<String>>> matters;

  private OtherAuthorities(List<List<List<String>>> matters) {
    this.matters = matters;
  }

  /** The built-in matters of the language, analysed as the language's index analyses text. */
  static OtherAuthorities of(String language, Analyzer analyzer) {
    List<List<List<String>>> matters = new ArrayList<>();
    for (String term : WordLists.otherAuthorities(language)) {
      List<List<String>> concepts = new ArrayList<>();
      for (LanguageAnalysis.Concept concept : LanguageAnalysis.concepts(analyzer, term)) {
        concepts.add(concept.heads());
      }
      if (!concepts.isEmpty()) {
        matters.add(concepts);
      }
    }
    return new OtherAuthorities(List.copyOf(matters));
  }

  boolean isEmpty() {
    return matters.isEmpty();
  }

  /**
   * Whether the question (its analysed terms) names a matter that the entry (its profile in this
   * language's index, null without a translation here) does not mention.
   */
  boolean namesMatterBeyond(Set<String> questionTerms, EntryProfile entry, TermWeights weights) {
    for (List<List<String>> matter : matters) {
      if (allPresent(matter, questionTerms) && !mentions(entry, matter, weights)) {
        return true;
      }
    }
    return false;
  }

  static Set<String> termsOf(List<LanguageAnalysis.Concept> concepts) {
    Set<String> terms = new HashSet<>();
    concepts.forEach(c -> terms.addAll(c.terms()));
    return terms;
  }

  private static boolean allPresent(List<List<String>> matter, Set<String> questionTerms) {
    for (List<String> heads : matter) {
      if (heads.stream().noneMatch(questionTerms::contains)) {
        return false;
      }
    }
    return true;
  }

  private static boolean mentions(
      EntryProfile entry, List<List<String>> matter, TermWeights weights) {
    if (entry == null) {
      return false;
    }
    for (List<String> heads : matter) {
      boolean found = false;
      for (String head : heads) {
        int id = weights.id(head);
        found |= EntryProfile.contains(entry.questionTerms(), id)
            || EntryProfile.contains(entry.answerTerms(), id);
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }
}
