package de.lotse.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds cue phrases ("mein Name ist", "Aktenzeichen", "رقم هاتفي") where a word starts. The phrases
 * are given as one regular expression of top-level alternatives and are grouped by the two
 * characters they can start with, so at each word start at most one small pattern is tried, and
 * usually none. One pattern with all alternatives, tried at every position, costs about 50 times
 * more.
 *
 * <p>The alternatives may use literals, {@code \\.}, {@code [..]} lists of single characters,
 * {@code (?:..|..)} groups and the quantifiers {@code ?} and {@code +}, and must match at least two
 * characters. Anything else at the start of an alternative is rejected when the index is built.
 */
final class CueIndex {

  /** What must follow a cue so it ends at a word boundary. */
  static final String WORD_END = "(?![\\p{L}\\p{M}])";

  private static final int KEY_LENGTH = 2;

  /** Two-character keys, ascending, and the pattern of the alternatives starting with each. */
  private final int[] keys;

  private final Pattern[] patterns;
  private final boolean onFolded;

  private CueIndex(int[] keys, Pattern[] patterns, boolean onFolded) {
    this.keys = keys;
    this.patterns = patterns;
    this.onFolded = onFolded;
  }

  /** Cues written in lower case, looked for in the folded text. */
  static CueIndex folded(String alternatives) {
    return build(alternatives, WORD_END, true);
  }

  /** Cues whose case matters, looked for in the normalised text. */
  static CueIndex caseSensitive(String alternatives) {
    return build(alternatives, WORD_END, false);
  }

  /**
   * Folded cues followed by {@code suffix} instead of a word boundary (e.g. a colon for labels).
   */
  static CueIndex folded(String alternatives, String suffix) {
    return build(alternatives, suffix, true);
  }

  private static CueIndex build(String alternatives, String suffix, boolean onFolded) {
    Map<Integer, List<String>> grouped = new TreeMap<>();
    for (String alternative : splitTopLevel(alternatives)) {
      for (String prefix : prefixes(alternative, KEY_LENGTH)) {
        if (prefix.length() < KEY_LENGTH) {
          throw new IllegalArgumentException(
              "a cue must match at least two characters: " + alternative);
        }
        grouped
            .computeIfAbsent(key(prefix.charAt(0), prefix.charAt(1)), k -> new ArrayList<>())
            .add(alternative);
      }
    }
    int[] keys = new int[grouped.size()];
    Pattern[] patterns = new Pattern[grouped.size()];
    int i = 0;
    for (Map.Entry<Integer, List<String>> entry : grouped.entrySet()) {
      keys[i] = entry.getKey();
      patterns[i] = Pattern.compile("(?:" + String.join("|", entry.getValue()) + ")" + suffix);
      i++;
    }
    return new CueIndex(keys, patterns, onFolded);
  }

  private static int key(char first, char second) {
    return (first << 16) | second;
  }

  /** Receives each cue found: where it starts and where it ends. */
  @FunctionalInterface
  interface CueConsumer {
    void accept(int start, int end);
  }

  /** Calls {@code consumer} for each cue that starts at a word start, in text order. */
  void forEach(ScannedText text, CueConsumer consumer) {
    String s = onFolded ? text.folded() : text.normalised();
    Matcher[] matchers = null;
    for (int start : text.wordStarts()) {
      if (start + 1 >= s.length()) {
        break;
      }
      int slot = Arrays.binarySearch(keys, key(s.charAt(start), s.charAt(start + 1)));
      if (slot < 0) {
        continue;
      }
      if (matchers == null) {
        matchers = new Matcher[patterns.length];
      }
      if (matchers[slot] == null) {
        matchers[slot] = patterns[slot].matcher(s).useTransparentBounds(true);
      }
      Matcher m = matchers[slot];
      m.region(start, s.length());
      if (m.lookingAt()) {
        consumer.accept(start, m.end());
      }
    }
  }

  static List<String> splitTopLevel(String regex) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int from = 0;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '(' || c == '[') {
        depth++;
      } else if (c == ')' || c == ']') {
        depth--;
      } else if (c == '|' && depth == 0) {
        parts.add(regex.substring(from, i));
        from = i + 1;
      }
    }
    parts.add(regex.substring(from));
    return parts;
  }

  /**
   * The strings of up to {@code length} characters a match of {@code regex} can start with; shorter
   * strings where a match can end sooner.
   */
  static Set<String> prefixes(String regex, int length) {
    Set<String> result = new LinkedHashSet<>();
    if (length <= 0 || regex.isEmpty()) {
      result.add("");
      return result;
    }
    char c = regex.charAt(0);
    if (c == '(') {
      if (!regex.startsWith("(?:")) {
        throw new IllegalArgumentException("only (?:...) groups are supported: " + regex);
      }
      int close = closingParenthesis(regex, 0);
      String rest = regex.substring(close + 1);
      boolean optional = rest.startsWith("?");
      if (rest.startsWith("*") || rest.startsWith("+") || rest.startsWith("{")) {
        throw new IllegalArgumentException("only ? may follow a group at a cue's start: " + regex);
      }
      String afterGroup = optional ? rest.substring(1) : rest;
      for (String inner : splitTopLevel(regex.substring(3, close))) {
        result.addAll(prefixes(inner + afterGroup, length));
      }
      if (optional) {
        result.addAll(prefixes(afterGroup, length));
      }
      return result;
    }
    List<Character> options = new ArrayList<>();
    int elementEnd;
    if (c == '[') {
      elementEnd = regex.indexOf(']') + 1;
      for (int i = 1; i < elementEnd - 1; i++) {
        if ("\\-^".indexOf(regex.charAt(i)) >= 0) {
          throw new IllegalArgumentException("only plain [..] lists are supported: " + regex);
        }
        options.add(regex.charAt(i));
      }
    } else if (c == '\\') {
      if (Character.isLetterOrDigit(regex.charAt(1))) {
        throw new IllegalArgumentException("only escaped punctuation is supported: " + regex);
      }
      options.add(regex.charAt(1));
      elementEnd = 2;
    } else if (".^$)|?*+{".indexOf(c) >= 0) {
      throw new IllegalArgumentException("cannot index a cue starting with " + c + ": " + regex);
    } else {
      options.add(c);
      elementEnd = 1;
    }
    char quantifier = elementEnd < regex.length() ? regex.charAt(elementEnd) : 0;
    if (quantifier == '*' || quantifier == '{') {
      throw new IllegalArgumentException("only ? and + are supported: " + regex);
    }
    String rest = quantifier == '?' || quantifier == '+'
        ? regex.substring(elementEnd + 1)
        : regex.substring(elementEnd);
    for (char option : options) {
      for (String tail : prefixes(rest, length - 1)) {
        result.add(option + tail);
      }
      if (quantifier == '+' && length >= 2) {
        for (String tail : prefixes(rest, length - 2)) {
          result.add("" + option + option + tail);
        }
      }
    }
    if (quantifier == '?') {
      result.addAll(prefixes(rest, length));
    }
    return result;
  }

  private static int closingParenthesis(String regex, int open) {
    int depth = 0;
    for (int i = open; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    throw new IllegalArgumentException("unbalanced group: " + regex);
  }
}
