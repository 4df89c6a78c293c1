package de.lotse.answer;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;

/**
 * The analysis behind {@link QuestionGroupKey}: per language, the engine's own chain (normalised
 * spelling, stop and filler words, light stemming) without the tenant's synonyms and compound
 * dictionary. Those change whenever editors change content, and a group must keep its identity
 * while decisions about it are kept.
 */
final class QuestionGrouping implements AutoCloseable {

  private final Map<String, Analyzer> analyzers = new ConcurrentHashMap<>();
  private final Map<String, Analyzer> normalizers = new ConcurrentHashMap<>();

  QuestionGroupKey key(String language, String text) {
    List<String> terms = LanguageAnalysis.terms(
        analyzers.computeIfAbsent(language, l -> LanguageAnalysis.analyzer(l, null, null)), text);
    if (!terms.isEmpty()) {
      return new QuestionGroupKey(language, List.copyOf(new TreeSet<>(terms)));
    }
    // Greetings and other questions of stop words only still group by their words.
    List<String> words = LanguageAnalysis.terms(
        normalizers.computeIfAbsent(language, LanguageAnalysis::normalizer), text);
    return new QuestionGroupKey(
        language, new TreeSet<>(words).stream().map(w -> "=" + w).toList());
  }

  @Override
  public void close() {
    analyzers.values().forEach(Analyzer::close);
    normalizers.values().forEach(Analyzer::close);
  }
}
