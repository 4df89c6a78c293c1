package de.lotse.knowledge.exchange;

import java.text.Normalizer;
import java.util.Locale;
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
      problems.add(at, "\"" + name + "\" is missing. Add " + whatToAdd + ".");
      return null;
    }
    return text(value, at);
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
      problems.add(at, "\"" + name + "\" is missing. Add " + whatToAdd + ".");
      return null;
    }
    return identifier(value, at);
  }

  String identifier(JsonNode value, FieldPath at) {
    if (!value.isString()) {
      problems.add(at, mustBe("text in quotes", value));
      return null;
    }
    return value.stringValue();
  }

  String text(JsonNode value, FieldPath at) {
    String raw = identifier(value, at);
    if (raw == null) {
      return null;
    }
    String unstorable = unstorableCharacter(raw);
    if (unstorable != null) {
      problems.add(at, unstorable);
      return null;
    }
    return Normalizer.normalize(raw, Normalizer.Form.NFC);
  }

  // PostgreSQL refuses NUL in text, and a lone surrogate cannot be encoded as UTF-8 at all; other
  // control characters are invisible and only ever arrive by accident.
  private static String unstorableCharacter(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        return String.format(
            Locale.ROOT, "Contains the invisible control character U+%04X. Remove it.", (int) c);
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return "Contains a broken character (a lone \"\\u"
            + Integer.toHexString(c)
            + "\" escape). Remove it or write the whole character.";
      }
    }
    return null;
  }

  ObjectNode requiredObject(JsonNode parent, String name, FieldPath parentAt, String whatToAdd) {
    FieldPath at = parentAt.property(name);
    JsonNode value = given(parent, name);
    if (value == null) {
      problems.add(at, "\"" + name + "\" is missing. Add " + whatToAdd + ".");
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
      problems.add(at, mustBe("an object ({ … })", value));
      return null;
    }
    return (ObjectNode) value;
  }

  ArrayNode requiredArray(JsonNode parent, String name, FieldPath parentAt, String whatToAdd) {
    FieldPath at = parentAt.property(name);
    JsonNode value = given(parent, name);
    if (value == null) {
      problems.add(at, "\"" + name + "\" is missing. Add " + whatToAdd + ".");
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
      problems.add(at, mustBe("a list ([ … ])", value));
      return null;
    }
    return (ArrayNode) value;
  }

  private static String mustBe(String expected, JsonNode actual) {
    return "Must be " + expected + ", but is " + describe(actual) + ".";
  }

  private static String describe(JsonNode value) {
    return switch (value.getNodeType()) {
      case STRING -> "text";
      case NUMBER -> "a number";
      case BOOLEAN -> "true or false";
      case ARRAY -> "a list";
      case OBJECT -> "an object";
      case NULL, MISSING -> "null";
      default -> "a value of another kind";
    };
  }
}
