package de.lotse.feedback;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a question of the inbox stands; see {@link FeedbackInbox} for how it follows decisions. */
public enum FeedbackStatus {
  /** Nobody has acted on it yet, or it came after its group was resolved. */
  OPEN,
  /** An editor decided it needs nothing; later questions of its group stay dismissed too. */
  DISMISSED,
  /** An editor added it to an entry or made an entry of it. */
  RESOLVED;

  @JsonValue
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }
}
