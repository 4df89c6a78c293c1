package de.lotse.privacy;

/**
 * A phrase after which a person's name is expected, and how strictly the words after it are read.
 *
 * @param cues the cue phrases; the name is looked for right after a match
 * @param reading how the words after the cue are judged
 * @param maxTokens how many words a name may have
 * @param list whether several names joined by "und/and/…" may follow ("Meine Kinder heißen …")
 */
record NameCue(CueIndex cues, Reading reading, int maxTokens, boolean list) {

  enum Reading {
    /**
     * After an explicit naming phrase ("mein Name ist", "меня зовут", "اسمي"): the next words are a
     * name even in lower case, up to a function word or punctuation.
     */
    EXPLICIT,
    /**
     * After a phrase that is often followed by other things ("ich bin", "I am", "my wife"): only a
     * capitalised word that is no occupation, nationality or known noun.
     */
    CAPITALISED,
    /**
     * A German family cue without "heißt" ("meine Tochter Lina ist …"): German nouns are
     * capitalised, so the word must also be followed by punctuation or a verb such as "ist"/"hat".
     */
    CAPITALISED_BEFORE_VERB,
    /** After a title ("Frau", "Herr", "Mr", "Madame"): a capitalised surname, titles skipped. */
    TITLE
  }

  static NameCue folded(String phrases, Reading reading, int maxTokens, boolean list) {
    return new NameCue(CueIndex.folded(phrases), reading, maxTokens, list);
  }

  static NameCue caseSensitive(String phrases, Reading reading, int maxTokens) {
    return new NameCue(CueIndex.caseSensitive(phrases), reading, maxTokens, false);
  }

  /** A form label such as "Name:" or "Nachname :"; the colon is required. */
  static NameCue label(String labels) {
    return new NameCue(CueIndex.folded(labels, " ?:"), Reading.EXPLICIT, 3, false);
  }
}
