package de.lotse.knowledge.exchange;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One entry of the knowledge base: a topic with its translations.
 *
 * @param key stable identity across imports, exports and evaluations
 * @param category key of the category the entry belongs to
 * @param translations per language code, in file order
 */
public record EntryData(String key, String category, Map<String, TranslationData> translations) {

  public EntryData {
    translations = translations == null
        ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(translations));
  }
}
