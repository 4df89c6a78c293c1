package de.lotse.answer.bench;

/** A plain search baseline: finds the best-ranked translation, and leaves deciding to {@link ThresholdRule}. */
@FunctionalInterface
interface Retriever {

  /**
   * @param question the text as the citizen typed it
   * @param language the language chosen in the widget, or null
   * @return the best-ranked translation, or null when no document matches at all
   */
  Hit best(String question, String language);
}
