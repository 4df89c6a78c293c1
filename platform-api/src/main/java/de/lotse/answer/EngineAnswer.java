package de.lotse.answer;

import java.util.List;

/**
 * The engine's reaction to a question.
 *
 * @param entryKey the answering entry; null unless {@link Decision#ANSWER}
 * @param language the language of the reply (title, answer, suggestion titles)
 * @param languageFallback true when replying in the tenant's default language because the entry
 *     lacks a translation in the question's language
 * @param score confidence 0..1 in the best entry
 * @param title the answering entry's title; null unless ANSWER
 * @param answerMarkdown the answering entry's answer; null unless ANSWER
 * @param suggestions 2–3 entries for CLARIFY, otherwise empty
 * @param candidates the best-scoring entries with their scores, best first
 */
public record EngineAnswer(
    Decision decision,
    String entryKey,
    String language,
    boolean languageFallback,
    double score,
    String title,
    String answerMarkdown,
    List<Suggestion> suggestions,
    List<Candidate> candidates) {

  public EngineAnswer {
    suggestions = List.copyOf(suggestions);
    candidates = List.copyOf(candidates);
  }
}
