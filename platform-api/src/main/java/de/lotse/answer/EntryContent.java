package de.lotse.answer;

import java.util.Map;

/**
 * A published knowledge-base entry with its translations.
 *
 * @param key stable identity of the entry (lower-case letters, digits, '-')
 * @param texts translations by ISO 639-1 language code
 */
public record EntryContent(String key, String category, Map<String, EntryText> texts) {

  public EntryContent {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("entry key must not be blank");
    }
    texts = Map.copyOf(texts);
  }
}
