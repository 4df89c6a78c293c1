package de.lotse.privacy;

/** Character classes shared by the detectors; they read normalised text, so digits are ASCII. */
final class Chars {

  private Chars() {}

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** A letter or a combining mark (Arabic vowel signs, Vietnamese tone marks, Ethiopic …). */
  static boolean isLetter(char c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    int type = Character.getType(c);
    return (type >= Character.UPPERCASE_LETTER && type <= Character.OTHER_LETTER)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || c == '\u200C';
  }

  static boolean isAlphanumeric(char c) {
    return isDigit(c) || isLetter(c);
  }

  static int countDigits(CharSequence s, int start, int end) {
    int count = 0;
    for (int i = start; i < end; i++) {
      if (isDigit(s.charAt(i))) {
        count++;
      }
    }
    return count;
  }

  static int skipSpaces(CharSequence s, int i) {
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
