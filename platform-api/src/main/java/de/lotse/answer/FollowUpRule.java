package de.lotse.answer;

import java.util.ArrayList;
import java.util.List;

/**
 * Lets a short follow-up ("und was kostet das?", "how much does it cost?") refer to the entry
 * answered before.
 *
 * <p>The rule: when the conversation has a previous entry, and the question has at most
 * {@value #MAX_WORDS} words of which at most {@value #MAX_CONTENT_TERMS} survive as content terms
 * (after stop words; synonym group tokens not counted), the previous entry's title is added to the
 * question at weight {@value #CONTEXT_WEIGHT}. The question's own words still dominate, so
 * "what does it cost?" after the Blue Card finds the entry about fees of the Blue Card rather than
 * the Blue Card entry itself, when there is one.
 */
final class FollowUpRule {

  static final int MAX_WORDS = 8;
  static final int MAX_CONTENT_TERMS = 2;
  static final double CONTEXT_WEIGHT = 0.5;

  private FollowUpRule() {}

  static boolean applies(String questionText, List<EntryMatcher.WeightedTerm> terms) {
    long contentTerms =
        terms.stream().filter(t -> !t.text().startsWith(LanguageAnalysis.GROUP_TOKEN_PREFIX)).count();
    return LanguageDetector.words(questionText).size() <= MAX_WORDS && contentTerms <= MAX_CONTENT_TERMS;
  }

  /** The question's terms followed by the previous entry's title terms that it lacks. */
  static List<EntryMatcher.WeightedTerm> withContext(
      List<EntryMatcher.WeightedTerm> terms, List<String> contextTerms) {
    List<EntryMatcher.WeightedTerm> combined = new ArrayList<>(terms);
    for (String term : contextTerms) {
      if (terms.stream().noneMatch(t -> t.text().equals(term))) {
        combined.add(new EntryMatcher.WeightedTerm(term, CONTEXT_WEIGHT));
      }
    }
    return combined;
  }
}
