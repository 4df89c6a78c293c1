package de.lotse.answer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * Turns groups of equivalent terms into a contracting synonym map: every term of group n also
 * produces the token {@code _g<n>}, at indexing and at query time, so "Blue Card" in a question
 * meets "Blaue Karte" in an entry through the shared group token while the original words still
 * match on their own.
 */
final class SynonymGroups {

  private SynonymGroups() {}

  /**
   * The built-in groups' map per language, for offices without groups of their own in that
   * language (most offices for most of their languages): built once instead of once per office
   * and language. A synonym map is read-only once built and is shared by any number of analysers.
   */
  private static final Map<String, Optional<SynonymMap>> BUILT_IN = new ConcurrentHashMap<>();

  /** The map of a tenant's groups for a language followed by the built-in ones, or null when there are none. */
  static SynonymMap forTenant(String language, List<List<String>> tenantGroups) {
    if (tenantGroups == null || tenantGroups.isEmpty()) {
      return BUILT_IN
          .computeIfAbsent(language, l -> Optional.ofNullable(build(l, merged(l, null))))
          .orElse(null);
    }
    return build(language, merged(language, tenantGroups));
  }

  /** The map for a language, or null when there are no groups. */
  static SynonymMap build(String language, List<List<String>> groups) {
    if (groups.isEmpty()) {
      return null;
    }
    try (Analyzer normalizer = LanguageAnalysis.normalizer(language)) {
      SynonymMap.Builder builder = new SynonymMap.Builder(true);
      int groupNumber = 0;
      for (List<String> group : groups) {
        CharsRef groupToken = new CharsRef(LanguageAnalysis.GROUP_TOKEN_PREFIX + groupNumber++);
        for (String term : group) {
          List<String> words = LanguageAnalysis.terms(normalizer, term);
          if (!words.isEmpty()) {
            builder.add(join(words), groupToken, true);
          }
        }
      }
      return builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The tenant's groups for a language followed by the built-in ones. */
  static List<List<String>> merged(String language, List<List<String>> tenantGroups) {
    List<List<String>> all = new ArrayList<>(tenantGroups == null ? List.of() : tenantGroups);
    all.addAll(WordLists.domainSynonyms(language));
    return all;
  }

  private static CharsRef join(List<String> words) {
    CharsRefBuilder builder = new CharsRefBuilder();
    return SynonymMap.Builder.join(words.toArray(String[]::new), builder);
  }
}
