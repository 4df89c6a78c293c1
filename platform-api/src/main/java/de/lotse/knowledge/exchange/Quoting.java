package de.lotse.knowledge.exchange;

/**
 * Quotes values from the file in problem messages, and shortens them in problem parameters, without
 * letting a huge value flood them.
 */
final class Quoting {

  private static final int LONGEST_QUOTED_VALUE = 60;

  private Quoting() {}

  static String quote(String value) {
    return "\"" + shorten(value) + "\"";
  }

  /** The value as a problem's parameter holds it, for the client to quote. */
  static String shorten(String value) {
    return shorten(value, LONGEST_QUOTED_VALUE);
  }

  static String shorten(String value, int maxLength) {
    return value.length() <= maxLength ? value : value.substring(0, maxLength) + "…";
  }
}
