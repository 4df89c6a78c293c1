package de.lotse.knowledge.exchange;

import java.util.Map;

/**
 * One reason why a knowledge-base file (or an entry, category or synonym list on its own) cannot
 * be taken.
 *
 * @param entryKey key of the entry the problem is in, {@code null} outside entries or when the
 *     entry has no usable key
 * @param field where in the file, e.g. {@code entries[3].translations.de.answer} (indexes count
 *     from 0); {@code file} for problems with the file as a whole
 * @param message what is wrong and what to do about it, in English, fit to show to an office's
 *     editor when a client has no text of its own for the code
 * @param code what is wrong, as a stable code (see {@link ProblemCode}), e.g. {@code too-long}
 * @param params the values the code's text needs, e.g. {@code {"length": 250, "max": 200}}
 */
public record ExchangeProblem(
    String entryKey, String field, String message, String code, Map<String, Object> params) {

  public ExchangeProblem {
    params = params == null ? Map.of() : params;
  }
}
