package de.lotse.knowledge.exchange;

import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * The kinds of JSON value a problem can name as expected or found ({@link ProblemCode#WRONG_TYPE},
 * {@link ProblemCode#NOT_AN_OBJECT}); clients show their own word for each (the admin app reads
 * this file in its tests).
 */
enum ValueKind {
  TEXT("text", "text"),
  NUMBER("number", "a number"),
  BOOLEAN("boolean", "true or false"),
  LIST("list", "a list"),
  OBJECT("object", "an object"),
  NULL("null", "null"),
  OTHER("other", "a value of another kind");

  private final String code;
  private final String english;

  ValueKind(String code, String english) {
    this.code = code;
    this.english = english;
  }

  /** As the API writes it, e.g. {@code list}. */
  String code() {
    return code;
  }

  /** As the English messages name it, e.g. "a list". */
  String english() {
    return english;
  }

  static ValueKind of(JsonNode value) {
    return switch (value.getNodeType()) {
      case STRING -> TEXT;
      case NUMBER -> NUMBER;
      case BOOLEAN -> BOOLEAN;
      case ARRAY -> LIST;
      case OBJECT -> OBJECT;
      case NULL, MISSING -> NULL;
      default -> OTHER;
    };
  }

  static ValueKind of(JsonToken token) {
    return switch (token) {
      case START_ARRAY -> LIST;
      case START_OBJECT -> OBJECT;
      case VALUE_STRING -> TEXT;
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> NUMBER;
      case VALUE_TRUE, VALUE_FALSE -> BOOLEAN;
      case VALUE_NULL -> NULL;
      default -> OTHER;
    };
  }
}
