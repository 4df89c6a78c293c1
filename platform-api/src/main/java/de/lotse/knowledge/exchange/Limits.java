package de.lotse.knowledge.exchange;

/**
 * Upper bounds on what one file may hold. They keep a knowledge base something an editor can still
 * maintain and the answer index can hold per tenant; lengths count Unicode code points.
 */
final class Limits {

  static final int MAX_ENTRIES = 5_000;
  static final int MAX_TITLE_LENGTH = 200;
  static final int MAX_QUESTION_LENGTH = 500;
  static final int MAX_QUESTIONS_PER_TRANSLATION = 50;
  static final int MAX_ANSWER_LENGTH = 20_000;
  static final int MAX_NAME_LENGTH = 200;

  private Limits() {}

  static int length(String text) {
    return text.codePointCount(0, text.length());
  }
}
