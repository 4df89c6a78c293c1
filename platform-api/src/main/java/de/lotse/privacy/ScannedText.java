package de.lotse.privacy;

import java.util.Arrays;

/**
 * A question in the three forms the detectors read, plus where its words and numbers start. All
 * three forms have the same length, char for char, so a span found in one is a span of the
 * original.
 *
 * <p>The forms are: the original; the normalised text, with digits of every script as ASCII digits,
 * dash and space variants unified, invisible direction marks as spaces and typographic apostrophes
 * as {@code '}; and the folded text, the normalised text in lower case with Arabic-script letter
 * variants (hamza forms of alef, Persian yeh and kaf) and Cyrillic ё folded, so cue words need one
 * spelling only.
 *
 * <p>Detectors try their patterns only where a word or a number starts, instead of at every
 * position; that is what keeps a call fast.
 */
final class ScannedText {

  private final String original;
  private final String normalised;
  private final String folded;
  private final int[] wordStarts;
  private final int[] numberStarts;

  private ScannedText(
      String original, String normalised, String folded, int[] wordStarts, int[] numberStarts) {
    this.original = original;
    this.normalised = normalised;
    this.folded = folded;
    this.wordStarts = wordStarts;
    this.numberStarts = numberStarts;
  }

  static ScannedText of(String original) {
    int length = original.length();
    char[] normalised = new char[length];
    char[] folded = new char[length];
    int[] wordStarts = new int[length / 2 + 1];
    int[] numberStarts = new int[length / 2 + 1];
    int words = 0;
    int numbers = 0;
    boolean inWord = false;
    boolean inNumber = false;
    for (int i = 0; i < length; i++) {
      char c = original.charAt(i);
      boolean letter;
      if (c >= ' ' && c < 0x80) {
        normalised[i] = c;
        letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        folded[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      } else {
        c = normalise(c);
        normalised[i] = c;
        folded[i] = fold(c);
        letter = Chars.isLetter(c);
      }
      boolean digit = Chars.isDigit(c);
      if (letter && !inWord) {
        wordStarts[words++] = i;
      }
      if (digit && !inNumber) {
        numberStarts[numbers++] = i;
      }
      inWord = letter;
      inNumber = digit;
    }
    return new ScannedText(
        original,
        new String(normalised),
        new String(folded),
        Arrays.copyOf(wordStarts, words),
        Arrays.copyOf(numberStarts, numbers));
  }

  String original() {
    return original;
  }

  String normalised() {
    return normalised;
  }

  String folded() {
    return folded;
  }

  /** Positions where a run of letters starts, ascending. Do not modify. */
  int[] wordStarts() {
    return wordStarts;
  }

  /** Positions where a run of digits starts, ascending. Do not modify. */
  int[] numberStarts() {
    return numberStarts;
  }

  int length() {
    return original.length();
  }

  private static char normalise(char c) {
    if (c < 0x80) {
      return c == '\r' || c == '\t' ? (c == '\r' ? '\n' : ' ') : c;
    }
    if (c >= '\u0660' && c <= '\u0669') {
      return (char) ('0' + (c - '\u0660'));
    }
    if (c >= '\u06F0' && c <= '\u06F9') {
      return (char) ('0' + (c - '\u06F0'));
    }
    if (c >= '\uFF10' && c <= '\uFF19') {
      return (char) ('0' + (c - '\uFF10'));
    }
    switch (c) {
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE63', '\uFF0D':
        return '-';
      case '\u00A0',
          '\u2000',
          '\u2001',
          '\u2002',
          '\u2003',
          '\u2004',
          '\u2005',
          '\u2006',
          '\u2007',
          '\u2008',
          '\u2009',
          '\u200A',
          '\u202F',
          '\u205F',
          '\u3000':
        return ' ';
      // Direction marks and zero-width spaces sneak into mixed Arabic/Latin text and would split
      // a
      // phone number or a cue. U+200C (zero-width non-joiner) is deliberately absent: it is part
      // of
      // Persian words.
      case '\u200B',
          '\u200E',
          '\u200F',
          '\u202A',
          '\u202B',
          '\u202C',
          '\u202D',
          '\u202E',
          '\u2066',
          '\u2067',
          '\u2068',
          '\u2069',
          '\u061C',
          '\uFEFF':
        return ' ';
      case '\u2018', '\u2019', '\u02BC', '\u2032', '\u00B4':
        return '\'';
      case '\uFF20':
        return '@';
      default:
        return c;
    }
  }

  private static char fold(char c) {
    switch (c) {
      case '\u0622', '\u0623', '\u0625', '\u0671':
        return '\u0627';
      case '\u06CC', '\u0649':
        return '\u064A';
      case '\u06A9':
        return '\u0643';
      case '\u0451', '\u0401':
        return '\u0435';
      default:
        return Character.toLowerCase(c);
    }
  }

  /** Folds a word the way {@link #folded()} is folded, for building word lists. */
  static String foldWord(String word) {
    char[] chars = new char[word.length()];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = fold(normalise(word.charAt(i)));
    }
    return new String(chars);
  }
}
