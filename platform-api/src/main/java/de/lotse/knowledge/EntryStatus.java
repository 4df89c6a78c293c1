package de.lotse.knowledge;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether citizens see an entry's current content. */
public enum EntryStatus {
  /** Never published, or changed since it was last published. */
  DRAFT,
  /** The current revision is the one citizens see. */
  PUBLISHED;

  @JsonValue
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  static EntryStatus of(KbEntry entry) {
    return entry.isPublishedCurrent() ? PUBLISHED : DRAFT;
  }
}
