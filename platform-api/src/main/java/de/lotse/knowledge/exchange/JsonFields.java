package de.lotse.knowledge.exchange;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads typed values out of the JSON tree and reports a problem, instead of failing, when a value
 * is missing or of the wrong type, so that one pass finds every problem in the file.
 *
 * <p>A property set to {@code null} counts as missing. Text is normalised to Unicode NFC, so that
 * an "ä" typed as one character and one composed from "a" and a diaeresis compare equal later, and
 * text with characters that cannot be stored is a problem.
 */
final class JsonFields {

  private final ProblemCollector problems;

  JsonFields(ProblemCollector problems) {
    this.problems = problems;
  }

  static JsonNode given(JsonNode parent, String name) {
    JsonNode value = parent.get(name);
    return value == null || value.isNull() ? null : value;
  }

  String requiredText(JsonNode parent, String name, FieldPath parentAt, String whatToAdd) {
    FieldPath at = parentAt.property(name);
    JsonNode value = given(parent, name);
    if (value == null) {
      missing(at, name, whatToAdd);
      return null;
    }
    return text(value, at);
  }

  private void missing(FieldPath at, String name, String whatToAdd) {
    problems.add(
        at,
        ProblemCode.REQUIRED,
        Map.of("property", name),
        "\"" + name + "\" is missing. Add " + whatToAdd + ".");
  }

  String optionalText(JsonNode parent, String name, FieldPath parentAt) {
    FieldPath at = parentAt.property(name);
    JsonNode value = given(parent, name);
    return value == null ? null : text(value, at);
  }

  /** Like {@link #text} but without normalisation, for identifiers that must match exactly. */
  String requiredIdentifier(JsonNode parent, String name, FieldPath parentAt, String whatToAdd) {
    FieldPath at = parentAt.property(name);
    JsonNode value = given(parent, name);
    if (value == null) {
      missing(at, name, whatToAdd);
      return null;
    }
    return identifier(value, at);
  }

  String identifier(JsonNode value, FieldPath at) {
    if (!value.isString()) {
      problems.add(at, mustBe(ValueKind.TEXT, "text in quotes", value));
      return null;
    }
    return value.stringValue();
  }

  String text(JsonNode value, FieldPath at) {
    String raw = identifier(value, at);
    if (raw == null) {
      return null;
    }
    Violation unstorable = unstorableCharacter(raw);
    if (unstorable != null) {
      problems.add(at, unstorable);
      return null;
    }
    return Normalizer.normalize(raw, Normalizer.Form.NFC);
  }

  // PostgreSQL refuses NUL in text, and a lone surrogate cannot be encoded as UTF-8 at all; other
  // control characters are invisible and only ever arrive by accident.
  private static Violation unstorableCharacter(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        String character = String.format(Locale.ROOT, "U+%04X", (int) c);
        return Violation.of(
            ProblemCode.CONTROL_CHARACTER,
            Map.of("character", character),
            "Contains the invisible control character " + character + ". Remove it.");
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        String escape = "\\u" + Integer.toHexString(c);
        return Violation.of(
            ProblemCode.BROKEN_CHARACTER,
            Map.of("escape", escape),
            "Contains a broken character (a lone \""
                + escape
                + "\" escape). Remove it or write the whole character.");
      }
    }
    return null;
  }

  ObjectNode requiredObject(JsonNode parent, String name, FieldPath parentAt, String whatToAdd) {
    FieldPath at = parentAt.property(name);
    JsonNode value = given(parent, name);
    if (value == null) {
      missing(at, name, whatToAdd);
      return null;
    }
    return object(value, at);
  }

  ObjectNode optionalObject(JsonNode parent, String name, FieldPath parentAt) {
    FieldPath at = parentAt.property(name);
    JsonNode value = given(parent, name);
    return value == null ? null : object(value, at);
  }

  ObjectNode object(JsonNode value, FieldPath at) {
    if (!value.isObject()) {
      problems.add(at, mustBe(ValueKind.OBJECT, "an object ({ … })", value));
      return null;
    }
    return (ObjectNode) value;
  }

  ArrayNode requiredArray(JsonNode parent, String name, FieldPath parentAt, String whatToAdd) {
    FieldPath at = parentAt.property(name);
    JsonNode value = given(parent, name);
    if (value == null) {
      missing(at, name, whatToAdd);
      return null;
    }
    return array(value, at);
  }

  ArrayNode optionalArray(JsonNode parent, String name, FieldPath parentAt) {
    FieldPath at = parentAt.property(name);
    JsonNode value = given(parent, name);
    return value == null ? null : array(value, at);
  }

  ArrayNode array(JsonNode value, FieldPath at) {
    if (!value.isArray()) {
      problems.add(at, mustBe(ValueKind.LIST, "a list ([ … ])", value));
      return null;
    }
    return (ArrayNode) value;
  }

  private static Violation mustBe(ValueKind expected, String described, JsonNode value) {
    ValueKind actual = ValueKind.of(value);
    return Violation.of(
        ProblemCode.WRONG_TYPE,
        Map.of("expected", expected.code(), "actual", actual.code()),
        "Must be " + described + ", but is " + actual.english() + ".");
  }
}
