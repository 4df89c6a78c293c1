package de.lotse.chat;

import java.time.Instant;
import java.util.UUID;

/**
 * A logged question that asks for an editor's attention: the citizen rated its answer unhelpful,
 * or the bot found no fitting entry. Both texts were scrubbed before they were stored.
 *
 * @param language the language the message was logged in (the reply's language)
 * @param type {@code answer}, {@code clarify} or {@code fallback}
 * @param entryKey the entry that answered; null unless {@code type} is {@code answer}
 * @param helpful the citizen's rating; null when there is none
 * @param comment the citizen's comment on the rating, scrubbed; null when there is none
 */
public record FeedbackItem(
    UUID messageId,
    Instant askedAt,
    String language,
    String type,
    String entryKey,
    String question,
    Boolean helpful,
    String comment) {

  public boolean unhelpful() {
    return Boolean.FALSE.equals(helpful);
  }

  public boolean fallback() {
    return "fallback".equals(type);
  }
}
