package de.lotse.answer.evaluation;

/**
 * One line of a questions file, split into what the engine may see and what only the summary may.
 *
 * @param id the question's identifier, echoed in the output
 * @param question the text as a citizen typed it
 * @param language the language chosen in the widget, or null
 * @param written the language the text is really written in, or null; summary only
 * @param expected the key of the answering entry, or null when no entry answers; summary only
 */
record EvaluationQuestion(
    String id, String question, String language, String written, String expected) {

  /** The language the summary groups this question under. */
  String summaryLanguage() {
    if (written != null) {
      return written;
    }
    return language != null ? language : "?";
  }

  boolean inScope() {
    return expected != null;
  }
}
