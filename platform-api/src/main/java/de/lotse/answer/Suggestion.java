package de.lotse.answer;

/** An entry offered in a "did you mean …?" reply, titled in the reply language. */
public record Suggestion(String entryKey, String title) {}
