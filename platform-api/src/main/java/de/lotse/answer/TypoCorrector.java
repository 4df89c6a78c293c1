package de.lotse.answer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Finds the index term closest to a word the index does not know, for typo tolerance.
 *
 * <p>Lucene's FuzzyQuery builds a Levenshtein automaton per word, which costs milliseconds on the
 * chat hot path. A tenant's vocabulary is small (a few thousand terms per language), so comparing
 * an unknown word with the terms of similar length and the same first letter is far cheaper.
 */
final class TypoCorrector {

  private final Map<Integer, List<String>> termsByFirstLetter;

  private TypoCorrector(Map<Integer, List<String>> termsByFirstLetter) {
    this.termsByFirstLetter = termsByFirstLetter;
  }

  static TypoCorrector of(IndexReader reader, String... fields) throws IOException {
    Map<Integer, List<String>> byFirst = new HashMap<>();
    for (String field : fields) {
      Terms terms = MultiTerms.getTerms(reader, field);
      if (terms == null) {
        continue;
      }
      TermsEnum iterator = terms.iterator();
      for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
        String text = term.utf8ToString();
        List<String> list = byFirst.computeIfAbsent(text.codePointAt(0), k -> new ArrayList<>());
        if (!list.contains(text)) {
          list.add(text);
        }
      }
    }
    return new TypoCorrector(byFirst);
  }

  /** The closest known term within the allowed edits (same first letter), or null. */
  String closest(String word, int maxEdits) {
    List<String> candidates = termsByFirstLetter.get(word.codePointAt(0));
    if (candidates == null) {
      return null;
    }
    String best = null;
    int bestDistance = maxEdits + 1;
    for (String candidate : candidates) {
      if (Math.abs(candidate.length() - word.length()) < bestDistance) {
        int distance = distance(word, candidate, bestDistance - 1);
        if (distance < bestDistance) {
          best = candidate;
          bestDistance = distance;
        }
      }
    }
    return best;
  }

  /** Optimal string alignment distance, giving up (returning limit + 1) once above limit. */
  static int distance(String a, String b, int limit) {
    int[] previous2 = new int[b.length() + 1];
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMin = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          value = Math.min(value, previous2[j - 2] + 1);
        }
        current[j] = value;
        rowMin = Math.min(rowMin, value);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] rotate = previous2;
      previous2 = previous;
      previous = current;
      current = rotate;
    }
    return previous[b.length()];
  }
}
