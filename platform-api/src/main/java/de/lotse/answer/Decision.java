package de.lotse.answer;

/** What the chatbot does with a question. */
public enum Decision {
  /** One entry answers the question with enough confidence. */
  ANSWER,
  /** A few entries fit about equally well: ask "did you mean …?" with suggestions. */
  CLARIFY,
  /** Nothing fits well enough: hand off to a human or the office's contact channels. */
  FALLBACK
}
