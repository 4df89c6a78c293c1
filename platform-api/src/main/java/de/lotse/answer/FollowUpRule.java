package de.lotse.answer;

import java.util.ArrayList;
import java.util.List;

/**
 * Lets a short follow-up ("und was kostet das?", "how much does it cost?") refer to the entry
 * answered before.
 *
 * <p>The rule: when the conversation has a previous entry, and the question has at most
 * {@value #MAX_WORDS} words of which at most {@value #MAX_CONTENT_TERMS} concepts survive (after
 * stop words), the previous entry's title is added to the question at weight
 * {@value #CONTEXT_WEIGHT}. The question's own words still dominate, so
 * "what does it cost?" after the Blue Card finds the entry about fees of the Blue Card rather than
 * the Blue Card entry itself, when there is one.
 *
 * <p>Every word of the follow-up must be known to the office's knowledge base: a short question
 * about a new, unknown topic ("Wie wird das Wetter morgen?", "Und für meine Oma?") is asked on
 * its own, so that it is handed off rather than answered with the previous entry again.
 */
final class FollowUpRule {

  static final int MAX_WORDS = 8;
  static final int MAX_CONTENT_TERMS = 2;
  static final double CONTEXT_WEIGHT = 0.5;

  private FollowUpRule() {}

  /**
   * @param analysed the question's concepts as analysed
   * @param concepts the concepts the scoring keeps of them: background words the knowledge base
   *     does not use are left out ({@link UnknownWords}), but in a short follow-up such a word is
   *     the new topic ("Und für meine Oma?"), so a follow-up that lost one is asked on its own
   */
  static boolean applies(
      String questionText, List<LanguageAnalysis.Concept> analysed, List<QueryConcept> concepts) {
    return LanguageDetector.words(questionText).size() <= MAX_WORDS
        && concepts.size() == analysed.size()
        && concepts.size() <= MAX_CONTENT_TERMS
        && concepts.stream().allMatch(FollowUpRule::knownToTheKnowledgeBase);
  }

  private static boolean knownToTheKnowledgeBase(QueryConcept concept) {
    for (int id : concept.ids()) {
      if (id != TermWeights.UNKNOWN) {
        return true;
      }
    }
    return false;
  }

  /** The question's concepts followed by those of the previous entry's title that it lacks. */
  static List<QueryConcept> withContext(List<QueryConcept> concepts, List<QueryConcept> context) {
    List<QueryConcept> combined = new ArrayList<>(concepts);
    for (QueryConcept added : context) {
      boolean known =
          concepts.stream().anyMatch(c -> c.terms().stream().anyMatch(added.terms()::contains));
      if (!known) {
        combined.add(added);
      }
    }
    return combined;
  }
}
