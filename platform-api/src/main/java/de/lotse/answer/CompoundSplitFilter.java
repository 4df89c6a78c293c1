package de.lotse.answer;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Splits German compounds into the words they are made of, but only where the whole word can be
 * read as a sequence of known words, joined by the usual linking letters (-s-, -es-, -n-, -en-,
 * -e-).
 *
 * <p>Lucene's dictionary decompounder emits every known word found anywhere inside a compound, so
 * "Bearbeitungszeit" also yielded "arbeit", and a citizen asking about work was offered the
 * processing time. Reading the compound from end to end instead refuses such inner words: "be"
 * is no word, so "arbeit" is no part of "Bearbeitung". One leading stretch the vocabulary does not
 * know (at least {@code minPart} letters) is allowed, since the modifier of a compound is often a
 * word the office never uses alone ("Bearbeitungs|zeit"); it becomes a part of its own, so that
 * the compound is known to carry meaning beyond its known parts.
 *
 * <p>The parts follow the compound at the same position, with the compound's offsets; the fewest
 * parts win (the longest known words), so "Aufenthaltserlaubnis" gives "aufenthalt" and
 * "erlaubnis", not shorter pieces of them.
 */
final class CompoundSplitFilter extends TokenFilter {

  private static final String[] LINKS = {"", "s", "es", "n", "en", "e"};
  private static final int UNREACHABLE = Integer.MAX_VALUE / 2;
  /** Counts as many parts, so that a reading made of known words only always wins. */
  private static final int UNKNOWN_STRETCH = 1_000;

  private final CharArraySet dictionary;
  private final Readings readings;
  private final int minWord;
  private final int minPart;
  private final int maxPart;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute position =
      addAttribute(PositionIncrementAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final Deque<String> pending = new ArrayDeque<>();
  private AttributeSource.State compoundState;

  CompoundSplitFilter(
      TokenStream input,
      CharArraySet dictionary,
      Readings readings,
      int minWord,
      int minPart,
      int maxPart) {
    super(input);
    this.dictionary = dictionary;
    this.readings = readings;
    this.minWord = minWord;
    this.minPart = minPart;
    this.maxPart = maxPart;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(compoundState);
      term.setEmpty().append(pending.poll());
      position.setPositionIncrement(0);
      // Inside the compound's span, not all of it: the parts stand for a part of the word.
      offset.setOffset(
          offset.startOffset(), Math.max(offset.startOffset(), offset.endOffset() - 1));
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (!keyword.isKeyword() && term.length() >= minWord) {
      String word = term.toString();
      // Only the office's own words are remembered: a citizen's question may hold a name.
      boolean ownWord = dictionary.contains(term.buffer(), 0, term.length());
      pending.addAll(ownWord ? readings.of(word, this::split) : split(word));
      if (!pending.isEmpty()) {
        compoundState = captureState();
      }
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    compoundState = null;
  }

  /** The parts of the best reading of the word as a sequence of known words; none without one. */
  private List<String> split(String text) {
    char[] word = text.toCharArray();
    int length = word.length;
    // parts[i]: fewest known words that read word[0..i); from[i]: where the last of them starts.
    int[] parts = new int[length + 1];
    int[] from = new int[length + 1];
    int[] to = new int[length + 1];
    Arrays.fill(parts, UNREACHABLE);
    parts[0] = 0;
    // The one unknown leading stretch a reading may start with (it is not queued as a part).
    for (int end = minPart; end <= length - minPart; end++) {
      for (String link : LINKS) {
        int next = end + link.length();
        if (linkAt(word, end, link) && UNKNOWN_STRETCH < parts[next]) {
          parts[next] = UNKNOWN_STRETCH;
          from[next] = -1;
          to[next] = end;
        }
      }
    }
    for (int start = 0; start < length; start++) {
      if (parts[start] >= UNREACHABLE) {
        continue;
      }
      for (int end = start + minPart; end <= Math.min(length, start + maxPart); end++) {
        if (!dictionary.contains(word, start, end - start)) {
          continue;
        }
        for (String link : LINKS) {
          int next = end + link.length();
          boolean wholeWord = start == 0 && next == length;
          if (!wholeWord
              && next <= length
              && linkAt(word, end, link)
              && parts[start] + 1 < parts[next]) {
            parts[next] = parts[start] + 1;
            from[next] = start;
            to[next] = end;
          }
        }
      }
    }
    if (parts[length] >= UNREACHABLE) {
      return List.of();
    }
    Deque<String> found = new ArrayDeque<>();
    int at = length;
    while (at > 0 && from[at] >= 0) {
      found.push(new String(word, from[at], to[at] - from[at]));
      at = from[at];
    }
    if (at > 0) {
      found.push(new String(word, 0, to[at]));
    }
    return List.copyOf(found);
  }

  /**
   * The readings of the office's own words found so far, shared by all filters of one analyzer:
   * the same words come up in text after text, and reading a long word tries every split point
   * against the dictionary. Bounded: when full it starts afresh.
   */
  static final class Readings {

    private static final int CAPACITY = 50_000;

    private final Map<String, List<String>> byWord = new ConcurrentHashMap<>();

    List<String> of(String word, Function<String, List<String>> split) {
      List<String> reading = byWord.get(word);
      if (reading == null) {
        reading = split.apply(word);
        if (byWord.size() >= CAPACITY) {
          byWord.clear();
        }
        byWord.put(word, reading);
      }
      return reading;
    }
  }

  private static boolean linkAt(char[] word, int at, String link) {
    for (int i = 0; i < link.length(); i++) {
      if (word[at + i] != link.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
