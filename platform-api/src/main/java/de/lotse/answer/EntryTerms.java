package de.lotse.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * The analysed terms of one entry in one language, as the confidence scoring compares them with a
 * question: each sample question on its own (a citizen's question usually matches one of them
 * closely), the title, and the answer text.
 *
 * @param samples the concepts of each sample question, and of the title as the last one
 * @param sampleTerms per sample, its terms together with the title's (a sample question is read
 *     in the light of its entry's title)
 * @param title the terms of the title
 * @param questionTerms the terms of all sample questions and the title
 * @param answerTerms the terms of the answer text
 */
record EntryTerms(
    List<List<LanguageAnalysis.Concept>> samples,
    List<Set<String>> sampleTerms,
    Set<String> title, Set<String> questionTerms, Set<String> answerTerms) {

  static EntryTerms of(Analyzer analyzer, EntryText text) {
    List<List<LanguageAnalysis.Concept>> samples = new ArrayList<>();
    Set<String> questionTerms = new HashSet<>();
    for (String question : text.questions()) {
      List<LanguageAnalysis.Concept> concepts = LanguageAnalysis.concepts(analyzer, question);
      if (!concepts.isEmpty()) {
        samples.add(concepts);
        concepts.forEach(c -> questionTerms.addAll(c.terms()));
      }
    }
    List<LanguageAnalysis.Concept> titleConcepts = LanguageAnalysis.concepts(analyzer, text.title());
    Set<String> title = new HashSet<>();
    titleConcepts.forEach(c -> title.addAll(c.terms()));
    if (!titleConcepts.isEmpty()) {
      samples.add(titleConcepts);
    }
    questionTerms.addAll(title);
    List<Set<String>> sampleTerms = new ArrayList<>(samples.size());
    for (List<LanguageAnalysis.Concept> sample : samples) {
      Set<String> terms = new HashSet<>(title);
      sample.forEach(c -> terms.addAll(c.terms()));
      sampleTerms.add(Set.copyOf(terms));
    }
    Set<String> answerTerms = new HashSet<>(LanguageAnalysis.terms(analyzer, text.answerMarkdown()));
    return new EntryTerms(
        List.copyOf(samples), List.copyOf(sampleTerms), Set.copyOf(title), Set.copyOf(questionTerms),
        Set.copyOf(answerTerms));
  }

  /** Every term the entry uses in any field. */
  Set<String> allTerms() {
    Set<String> all = new HashSet<>(questionTerms);
    all.addAll(answerTerms);
    return all;
  }
}
