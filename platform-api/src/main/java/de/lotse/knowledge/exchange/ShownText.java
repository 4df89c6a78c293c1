package de.lotse.knowledge.exchange;

import java.util.Map;

/** Checks a piece of text that citizens will see: present, not too long, allowed Markdown only. */
final class ShownText {

  private ShownText() {}

  /**
   * Reports at most one problem for the text, the first that applies, since fixing that one often
   * changes the others.
   *
   * @param what the kind of text, as the editor knows it ("title", "answer", …)
   */
  static void check(
      ProblemCollector problems, String text, String what, int maxLength, FieldPath at) {
    if (text.isBlank()) {
      problems.add(at, ProblemCode.EMPTY, subject(what) + " is empty. Fill it in.");
      return;
    }
    int length = Limits.length(text);
    if (length > maxLength) {
      problems.add(
          at,
          ProblemCode.TOO_LONG,
          Map.of("length", length, "max", maxLength),
          subject(what)
              + " is "
              + length
              + " characters long; at most "
              + maxLength
              + " are allowed. Shorten it.");
      return;
    }
    Violation markup = DisplayTextRules.problem(text);
    if (markup != null) {
      problems.add(at, markup);
    }
  }

  private static String subject(String what) {
    return "The " + what;
  }
}
