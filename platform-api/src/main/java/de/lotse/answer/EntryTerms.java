package de.lotse.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;

/**
 * The analysed terms of one entry in one language, as the confidence scoring compares them with a
 * question: each sample question on its own (a citizen's question usually matches one of them
 * closely), the title, and the answer text. Terms are kept as numbers of the index's {@link
 * TermDictionary}: an office with a thousand entries in nineteen languages holds millions of them.
 *
 * @param samples the concepts of each sample question, and of the title as the last one
 * @param sampleTerms per sample, its terms together with the title's (a sample question is read
 *     in the light of its entry's title), sorted
 * @param questionTerms the terms of all sample questions and the title, sorted
 * @param answerTerms the terms of the answer text, sorted
 * @param allTerms the terms of all fields, sorted
 */
record EntryTerms(
    Concept[][] samples,
    int[][] sampleTerms,
    int[] questionTerms,
    int[] answerTerms,
    int[] allTerms) {

  static EntryTerms of(Analysed text, TermDictionary dictionary) {
    List<Concept[]> samples = new ArrayList<>();
    for (AnalysedText question : text.questions()) {
      Concept[] concepts = Concept.of(LanguageAnalysis.concepts(question), dictionary);
      if (concepts.length > 0) {
        samples.add(concepts);
      }
    }
    Concept[] titleConcepts = Concept.of(LanguageAnalysis.concepts(text.title()), dictionary);
    if (titleConcepts.length > 0) {
      samples.add(titleConcepts);
    }
    int[] title = termsOf(List.<Concept[]>of(titleConcepts));
    int[][] sampleTerms = new int[samples.size()][];
    for (int s = 0; s < sampleTerms.length; s++) {
      sampleTerms[s] = union(termsOf(List.<Concept[]>of(samples.get(s))), title);
    }
    int[] questionTerms = termsOf(samples);
    String[] answerWords = text.answer().terms();
    int[] answerTerms = new int[answerWords.length];
    for (int i = 0; i < answerWords.length; i++) {
      answerTerms[i] = dictionary.add(answerWords[i]);
    }
    answerTerms = sortedDistinct(answerTerms, answerTerms.length);
    return new EntryTerms(
        samples.toArray(Concept[][]::new),
        sampleTerms,
        questionTerms,
        answerTerms,
        union(questionTerms, answerTerms));
  }

  /** The distinct numbers of all heads and parts of the concepts, sorted. */
  private static int[] termsOf(Collection<Concept[]> samples) {
    int count = 0;
    for (Concept[] sample : samples) {
      for (Concept concept : sample) {
        count += concept.heads().length + concept.parts().length;
      }
    }
    int[] ids = new int[count];
    int at = 0;
    for (Concept[] sample : samples) {
      for (Concept concept : sample) {
        System.arraycopy(concept.heads(), 0, ids, at, concept.heads().length);
        at += concept.heads().length;
        System.arraycopy(concept.parts(), 0, ids, at, concept.parts().length);
        at += concept.parts().length;
      }
    }
    return sortedDistinct(ids, count);
  }

  private static int[] union(int[] a, int[] b) {
    int[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return sortedDistinct(all, all.length);
  }

  /** The distinct values of the first {@code length} numbers, sorted; reorders the array. */
  static int[] sortedDistinct(int[] ids, int length) {
    Arrays.sort(ids, 0, length);
    int distinct = 0;
    for (int i = 0; i < length; i++) {
      if (distinct == 0 || ids[distinct - 1] != ids[i]) {
        ids[distinct++] = ids[i];
      }
    }
    return Arrays.copyOf(ids, distinct);
  }

  /** One concept of a sample question ({@link LanguageAnalysis.Concept}) as term numbers. */
  record Concept(int[] heads, int[] parts) {

    static Concept[] of(List<LanguageAnalysis.Concept> concepts, TermDictionary dictionary) {
      Concept[] result = new Concept[concepts.size()];
      for (int c = 0; c < result.length; c++) {
        result[c] = new Concept(
            ids(concepts.get(c).heads(), dictionary), ids(concepts.get(c).parts(), dictionary));
      }
      return result;
    }

    private static int[] ids(List<String> terms, TermDictionary dictionary) {
      int[] ids = new int[terms.size()];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = dictionary.add(terms.get(i));
      }
      return ids;
    }
  }

  /** An entry's texts in one language, each analysed once. */
  record Analysed(AnalysedText title, List<AnalysedText> questions, AnalysedText answer) {

    static Analysed of(Analyzer analyzer, EntryText text) {
      List<AnalysedText> questions = new ArrayList<>(text.questions().size());
      for (String question : text.questions()) {
        questions.add(AnalysedText.of(analyzer, question));
      }
      return new Analysed(
          AnalysedText.of(analyzer, text.title()),
          questions,
          AnalysedText.of(analyzer, text.answerMarkdown()));
    }
  }
}
