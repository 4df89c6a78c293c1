package de.lotse.stats;

/**
 * Figures of one slice of the questions: a language, a category.
 *
 * @param key the language code or category key
 * @param share this slice's questions among all questions of the range
 */
public record SliceFigures(
    String key,
    long questions,
    Double share,
    long conversations,
    long answered,
    long clarified,
    long fallbacks,
    Double answerRate,
    Double fallbackRate,
    long helpful,
    long unhelpful,
    Double helpfulRate) {

  static SliceFigures of(String key, Tally t, long allQuestions) {
    long rated = t.helpful() + t.unhelpful();
    return new SliceFigures(
        key,
        t.questions(),
        Tally.rate(t.questions(), allQuestions),
        t.conversations,
        t.questions[0],
        t.questions[1],
        t.questions[2],
        Tally.rate(t.questions[0], t.questions()),
        Tally.rate(t.questions[2], t.questions()),
        t.helpful(),
        t.unhelpful(),
        Tally.rate(t.helpful(), rated));
  }
}
