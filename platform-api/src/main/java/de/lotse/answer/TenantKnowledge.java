package de.lotse.answer;

import java.util.List;
import java.util.Map;

/**
 * Everything the engine needs to answer for one tenant: its published entries, languages,
 * synonyms and thresholds.
 *
 * @param synonyms per language code: groups of terms that mean the same (multi-word terms allowed)
 * @param thresholds decision thresholds; null means {@link Thresholds#defaults()}
 */
public record TenantKnowledge(
    String defaultLanguage,
    List<String> enabledLanguages,
    List<EntryContent> entries,
    Map<String, List<List<String>>> synonyms,
    Thresholds thresholds) {

  public TenantKnowledge {
    if (defaultLanguage == null || defaultLanguage.isBlank()) {
      throw new IllegalArgumentException("default language is required");
    }
    enabledLanguages =
        enabledLanguages == null ? List.of(defaultLanguage) : List.copyOf(enabledLanguages);
    entries = entries == null ? List.of() : List.copyOf(entries);
    synonyms = synonyms == null ? Map.of() : Map.copyOf(synonyms);
    thresholds = thresholds == null ? Thresholds.defaults() : thresholds;
  }
}
