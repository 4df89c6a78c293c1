package de.lotse.feedback;

import com.fasterxml.jackson.annotation.JsonValue;
import de.lotse.chat.FeedbackItem;
import java.util.Locale;

/** Why a question is in the inbox. A fallback that was also rated unhelpful is both. */
public enum FeedbackKind {
  /** The citizen rated the answer unhelpful. */
  UNHELPFUL,
  /** The bot found no fitting entry and handed the citizen to the office's staff. */
  FALLBACK;

  @JsonValue
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  boolean matches(FeedbackItem item) {
    return this == UNHELPFUL ? item.unhelpful() : item.fallback();
  }
}
