package de.lotse.knowledge.exchange;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A category entries can be filed under.
 *
 * @param key stable identity, same rules as an entry key
 * @param title display title per language code, in file order
 */
public record CategoryData(String key, Map<String, String> title) {

  public CategoryData {
    title = title == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(title));
  }
}
