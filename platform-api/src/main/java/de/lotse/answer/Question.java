package de.lotse.answer;

/**
 * A citizen's question.
 *
 * @param text what the citizen typed
 * @param language the language chosen in the widget, or null to detect it from the text
 * @param previousEntryKey the entry answered just before in this conversation, or null; lets short
 *     follow-ups like "and what does it cost?" refer to it
 */
public record Question(String text, String language, String previousEntryKey) {

  public Question {
    text = text == null ? "" : text;
  }

  public static Question of(String text, String language) {
    return new Question(text, language, null);
  }
}
