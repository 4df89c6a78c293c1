package de.lotse.knowledge.exchange;

import java.util.Map;

/**
 * One broken rule before it is placed in the file: its code with parameters, for clients that word
 * it themselves, and the English message.
 *
 * @param params as {@link ProblemCode} declares them (checked, and kept in the declared order):
 *     text, whole numbers or lists of text
 */
record Violation(ProblemCode code, Map<String, Object> params, String message) {

  Violation {
    params = code.ordered(params);
  }

  static Violation of(ProblemCode code, Map<String, ?> params, String message) {
    return new Violation(code, Map.<String, Object>copyOf(params), message);
  }

  static Violation of(ProblemCode code, String message) {
    return new Violation(code, Map.of(), message);
  }
}
