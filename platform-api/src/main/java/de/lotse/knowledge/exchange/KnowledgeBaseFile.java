package de.lotse.knowledge.exchange;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One knowledge base as the exchange format ({@code kb-exchange/1}) holds it.
 *
 * <p>Collections are copied and unmodifiable; {@code null} collections become empty ones, so a
 * caller building a file from stored content need not invent empty lists.
 *
 * @param name display name of the knowledge base; may be {@code null}
 * @param defaultLanguage ISO 639-1 code every entry has a translation in
 * @param languages languages the knowledge base offers, the default language among them
 * @param categories categories in file order; empty when the file defines none
 * @param entries entries in file order
 * @param synonyms per language code, groups of terms that mean the same
 */
public record KnowledgeBaseFile(
    String name,
    String defaultLanguage,
    List<String> languages,
    List<CategoryData> categories,
    List<EntryData> entries,
    Map<String, List<List<String>>> synonyms) {

  public KnowledgeBaseFile {
    languages = languages == null ? List.of() : List.copyOf(languages);
    categories = categories == null ? List.of() : List.copyOf(categories);
    entries = entries == null ? List.of() : List.copyOf(entries);
    synonyms = copyOfSynonyms(synonyms);
  }

  // Keeps the file's language order so that an export lists languages the way the import did.
  private static Map<String, List<List<String>>> copyOfSynonyms(
      Map<String, List<List<String>>> synonyms) {
    var copy = new LinkedHashMap<String, List<List<String>>>();
    if (synonyms != null) {
      synonyms.forEach((language, groups) ->
          copy.put(language, groups.stream().map(List::copyOf).toList()));
    }
    return Collections.unmodifiableMap(copy);
  }
}
