package de.lotse.privacy;

/**
 * Reads the value after a reference cue: one or more space-separated tokens made of letters, digits
 * and inner {@code - / . :}, e.g. {@code 123-45/2024}, {@code III-1234/24}, {@code M 9 K 21.1234},
 * {@code 12 345 678 901}. A token without digits is taken only when it is a short upper-case prefix
 * (AZ, III, M) of a token with digits, so the value stops at the next word.
 */
final class ReferenceValue {

  private static final int MAX_TOKENS = 6;
  private static final int MAX_PREFIX_LENGTH = 4;

  private ReferenceValue() {}

  /** End of the value that starts at {@code from} in normalised text, or -1 if there is none. */
  static int end(String s, int from) {
    int end = -1;
    int i = from;
    for (int tokens = 0; tokens < MAX_TOKENS && i < s.length(); tokens++) {
      int tokenEnd = tokenEnd(s, i);
      if (tokenEnd == i) {
        break;
      }
      int next = tokenEnd + 1 < s.length() && s.charAt(tokenEnd) == ' ' ? tokenEnd + 1 : -1;
      if (Chars.countDigits(s, i, tokenEnd) > 0) {
        end = tokenEnd;
      } else if (!(isUpperCasePrefix(s, i, tokenEnd) && next > 0 && hasDigit(s, next))) {
        break;
      }
      if (next < 0) {
        break;
      }
      i = next;
    }
    return end;
  }

  private static int tokenEnd(String s, int i) {
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Chars.isAlphanumeric(c)) {
        i++;
      } else if ("-/.:".indexOf(c) >= 0
          && i + 1 < s.length()
          && Chars.isAlphanumeric(s.charAt(i + 1))
          && i > 0
          && Chars.isAlphanumeric(s.charAt(i - 1))) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  private static boolean isUpperCasePrefix(String s, int start, int end) {
    if (end - start > MAX_PREFIX_LENGTH) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (!Character.isUpperCase(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasDigit(String s, int tokenStart) {
    return Chars.countDigits(s, tokenStart, tokenEnd(s, tokenStart)) > 0;
  }
}
