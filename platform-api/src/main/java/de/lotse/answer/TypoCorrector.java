package de.lotse.answer;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
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
 * an unknown word with the terms of similar length and the same first letter is far cheaper. Two
 * lower bounds of the distance, the length difference and the letters one word has and the other
 * lacks, rule out most terms before the distance is computed.
 */
final class TypoCorrector {

  private final Map<Integer, Candidates> termsByFirstLetter;

  private TypoCorrector(Map<Integer, Candidates> termsByFirstLetter) {
    this.termsByFirstLetter = termsByFirstLetter;
  }

  static TypoCorrector of(IndexReader reader, String... fields) throws IOException {
    Map<Integer, Set<String>> byFirst = new HashMap<>();
    for (String field : fields) {
      Terms terms = MultiTerms.getTerms(reader, field);
      if (terms == null) {
        continue;
      }
      TermsEnum iterator = terms.iterator();
      for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
        String text = term.utf8ToString();
        byFirst.computeIfAbsent(text.codePointAt(0), k -> new LinkedHashSet<>()).add(text);
      }
    }
    Map<Integer, Candidates> candidates = new HashMap<>(byFirst.size() * 2);
    byFirst.forEach((first, words) -> candidates.put(first, Candidates.of(words)));
    return new TypoCorrector(candidates);
  }

  /**
   * The closest known term within the allowed edits (same first letter), or null; of equally close
   * terms the first in the index's order.
   */
  String closest(String word, int maxEdits) {
    Candidates candidates = termsByFirstLetter.get(word.codePointAt(0));
    if (candidates == null) {
      return null;
    }
    char[] chars = word.toCharArray();
    long letters = letterMask(chars);
    Rows rows = new Rows(candidates.longest + 1);
    int best = -1;
    int bestDistance = maxEdits + 1;
    for (int c = 0; c < candidates.words.length; c++) {
      char[] candidate = candidates.words[c];
      // Each edit adds or removes at most one letter of either word, so neither lower bound can
      // exceed the distance.
      if (Math.abs(candidate.length - chars.length) < bestDistance
          && missing(letters, candidates.letters[c]) < bestDistance
          && missing(candidates.letters[c], letters) < bestDistance) {
        int distance = distance(chars, candidate, bestDistance - 1, rows);
        if (distance < bestDistance) {
          best = c;
          bestDistance = distance;
        }
      }
    }
    return best < 0 ? null : candidates.texts[best];
  }

  /** Optimal string alignment distance, giving up (returning limit + 1) once above limit. */
  static int distance(String a, String b, int limit) {
    return distance(a.toCharArray(), b.toCharArray(), limit, new Rows(b.length() + 1));
  }

  private static int distance(char[] a, char[] b, int limit, Rows rows) {
    int[] previous2 = rows.first;
    int[] previous = rows.second;
    int[] current = rows.third;
    for (int j = 0; j <= b.length; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length; i++) {
      current[0] = i;
      int rowMin = current[0];
      for (int j = 1; j <= b.length; j++) {
        int cost = a[i - 1] == b[j - 1] ? 0 : 1;
        int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
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
    return previous[b.length];
  }

  /** The letters of a word as a set of 64 classes (letters sharing a class count as one). */
  private static long letterMask(char[] word) {
    long mask = 0;
    for (char letter : word) {
      mask |= 1L << (letter & 63);
    }
    return mask;
  }

  /** How many letter classes of the first word the second lacks; each needs an edit. */
  private static int missing(long letters, long other) {
    return Long.bitCount(letters & ~other);
  }

  /** The terms starting with one letter, in the index's order, with their letter classes. */
  private record Candidates(String[] texts, char[][] words, long[] letters, int longest) {

    static Candidates of(Set<String> terms) {
      String[] texts = terms.toArray(new String[0]);
      char[][] words = new char[texts.length][];
      long[] letters = new long[texts.length];
      int longest = 0;
      for (int i = 0; i < texts.length; i++) {
        words[i] = texts[i].toCharArray();
        letters[i] = letterMask(words[i]);
        longest = Math.max(longest, words[i].length);
      }
      return new Candidates(texts, words, letters, longest);
    }
  }

  /** The three rows of the distance table, allocated once per lookup. */
  private static final class Rows {
    final int[] first;
    final int[] second;
    final int[] third;

    Rows(int length) {
      first = new int[length];
      second = new int[length];
      third = new int[length];
    }
  }
}
