package de.lotse.answer;

import java.io.Closeable;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Everything the engine holds for one tenant: a {@link LanguageIndex} per language, the entries'
 * texts for replies, and the language detector. Analyzers are built once here, with the tenant's
 * synonyms and (for German) its vocabulary as the dictionary for splitting compounds.
 */
final class TenantIndex implements Closeable {

  private static final int MIN_COMPOUND_PART = 4;

  final String defaultLanguage;
  final Set<String> languages;
  final Thresholds thresholds;
  final AnswerCache answers;
  private final Map<String, LanguageIndex> indexes;
  private final Map<String, EntryContent> entries = new ConcurrentHashMap<>();
  private volatile LanguageDetector detector;

  TenantIndex(TenantKnowledge knowledge, int cachedAnswers) {
    this.answers = new AnswerCache(cachedAnswers);
    this.defaultLanguage = knowledge.defaultLanguage();
    this.thresholds = knowledge.thresholds();
    this.languages = languagesOf(knowledge);
    this.indexes = new LinkedHashMap<>();
    for (String language : languages) {
      SynonymMap synonyms =
          SynonymGroups.forTenant(language, knowledge.synonyms().get(language));
      CharArraySet compoundParts =
          language.equals("de") ? compoundParts(knowledge.entries()) : null;
      Analyzer analyzer = LanguageAnalysis.analyzer(language, synonyms, compoundParts);
      indexes.put(language, new LanguageIndex(language, analyzer));
    }
    upsert(knowledge.entries(), Set.of());
  }

  /**
   * Replaces entries by key and deletes others. The compound dictionary keeps the vocabulary of
   * the last full rebuild; new words of an upserted entry are still indexed, just not split.
   */
  synchronized void upsert(Collection<EntryContent> upserts, Collection<String> deletedKeys) {
    for (LanguageIndex index : indexes.values()) {
      index.update(upserts, deletedKeys);
    }
    upserts.forEach(entry -> entries.put(entry.key(), entry));
    deletedKeys.forEach(entries::remove);
    detector = LanguageDetector.forTenant(languages, defaultLanguage, entries.values());
    answers.clear();
  }

  LanguageIndex index(String language) {
    return indexes.get(language);
  }

  EntryContent entry(String key) {
    return key == null ? null : entries.get(key);
  }

  LanguageDetector detector() {
    return detector;
  }

  @Override
  public void close() {
    indexes.values().forEach(LanguageIndex::close);
  }

  private static Set<String> languagesOf(TenantKnowledge knowledge) {
    Set<String> result = new LinkedHashSet<>();
    result.add(knowledge.defaultLanguage());
    result.addAll(knowledge.enabledLanguages());
    return result;
  }

  /** The tenant's German words in normalised form, as parts that compounds are split into. */
  private static CharArraySet compoundParts(List<EntryContent> entries) {
    Set<String> words = new LinkedHashSet<>();
    for (EntryContent entry : entries) {
      EntryText text = entry.texts().get("de");
      if (text != null) {
        words.addAll(
            LanguageDetector.words(text.title() + " " + String.join(" ", text.questions())));
        words.addAll(LanguageDetector.words(text.answerMarkdown()));
      }
    }
    CharArraySet stopWords = LanguageAnalysis.stopWords("de");
    CharArraySet parts = new CharArraySet(words.size(), false);
    for (Object word : LanguageAnalysis.normalizedSet("de", words)) {
      char[] chars = (char[]) word;
      if (chars.length >= MIN_COMPOUND_PART && !stopWords.contains(chars)) {
        parts.add(chars);
      }
    }
    return parts;
  }
}
