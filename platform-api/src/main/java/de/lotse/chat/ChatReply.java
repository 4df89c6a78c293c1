package de.lotse.chat;

import de.lotse.tenant.Handoff;
import java.util.List;
import java.util.UUID;

/**
 * The platform's reply to one question.
 *
 * @param type {@code answer}, {@code clarify} (pick one of the suggestions) or {@code fallback}
 *     (no fitting entry: the office's contacts are in {@code handoff})
 * @param language the language of {@code title}/{@code answer}/suggestion titles
 * @param languageFallback true when the entry has no translation in the asked language and the
 *     reply is in the office's default language instead
 */
public record ChatReply(
    UUID messageId,
    UUID conversationId,
    String type,
    String language,
    boolean languageFallback,
    String entryKey,
    String title,
    String answer,
    List<Suggestion> suggestions,
    Handoff handoff) {

  public record Suggestion(String entryKey, String title) {}
}
