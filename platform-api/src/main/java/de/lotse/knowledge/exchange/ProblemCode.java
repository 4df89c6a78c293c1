package de.lotse.knowledge.exchange;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What exactly is wrong, as a stable code with named parameters, next to each problem's English
 * message: clients show their own text per code in their reader's language with the parameters
 * filled in (the admin app reads this file in its tests and fails when a code has no text).
 *
 * <p>A parameter ending in "?" may be left out (the file has no position to name, or no corrected
 * form exists). Parameters hold the offending values as they are, shortened where long, so that a
 * client can quote them in its own quotation marks; {@code expected} and {@code actual} hold a
 * {@link ValueKind}. Codes and parameter names are part of the API: rename nothing, only add.
 */
enum ProblemCode {
  // The file as a whole.
  FILE_EMPTY("file-empty"),
  FILE_TOO_LARGE("file-too-large", "limit"),
  NOT_UTF8("not-utf8", "line", "column"),
  NOT_AN_OBJECT("not-an-object", "actual"),
  INVALID_JSON("invalid-json", "reason", "line?", "column?"),
  INCOMPLETE_JSON("incomplete-json", "line?", "column?"),
  TOO_DEEP("too-deep", "line?", "column?"),
  TRAILING_CONTENT("trailing-content", "line?", "column?"),
  UNSUPPORTED_FORMAT("unsupported-format", "format", "supported"),
  MORE_PROBLEMS("more-problems", "shown"),

  // Any value.
  REQUIRED("required", "property"),
  WRONG_TYPE("wrong-type", "expected", "actual"),
  CONTROL_CHARACTER("control-character", "character"),
  BROKEN_CHARACTER("broken-character", "escape"),

  // Text shown to citizens.
  EMPTY("empty"),
  TOO_LONG("too-long", "length", "max"),
  RAW_HTML("raw-html", "excerpt"),
  IMAGE("image"),
  LINK_WITHOUT_TARGET("link-without-target"),
  LINK_SCHEME("link-scheme", "scheme"),
  LINK_NOT_ABSOLUTE("link-not-absolute", "target"),

  // Keys of entries and categories.
  KEY_EMPTY("key-empty"),
  KEY_SPACES("key-spaces", "key", "suggestion?"),
  KEY_CHARACTERS("key-characters", "key", "suggestion?"),
  DUPLICATE_KEY("duplicate-key", "key", "usedBy"),

  // Language codes.
  LANGUAGE_EMPTY("language-empty", "supported"),
  LANGUAGE_SPELLING("language-spelling", "language", "suggestion"),
  LANGUAGE_UNSUPPORTED("language-unsupported", "language", "supported"),
  DUPLICATE_LANGUAGE("duplicate-language", "language"),
  DEFAULT_LANGUAGE_NOT_LISTED("default-language-not-listed", "language"),

  // Entries, categories and synonyms.
  TOO_MANY_ENTRIES("too-many-entries", "count", "max"),
  UNKNOWN_CATEGORY("unknown-category", "category", "known"),
  MISSING_DEFAULT_TRANSLATION("missing-default-translation", "language"),
  NO_QUESTIONS("no-questions"),
  TOO_MANY_QUESTIONS("too-many-questions", "count", "max"),
  NO_TITLE("no-title"),
  EMPTY_SYNONYM("empty-synonym");

  private final String code;
  private final List<String> names;
  private final Set<String> required;

  ProblemCode(String code, String... params) {
    this.code = code;
    this.names = Stream.of(params).map(p -> p.replace("?", "")).toList();
    this.required = Stream.of(params).filter(p -> !p.endsWith("?")).collect(Collectors.toSet());
  }

  /** The code as the API writes it, e.g. {@code too-long}. */
  String code() {
    return code;
  }

  /**
   * The parameters in the declared order, so that the API always writes them alike. Fails when
   * they are not the declared ones: a problem never reaches a client with a parameter its text does
   * not know, or without one its text needs.
   */
  Map<String, Object> ordered(Map<String, ?> params) {
    if (!names.containsAll(params.keySet()) || !params.keySet().containsAll(required)) {
      throw new IllegalArgumentException("Problem " + code + " takes " + names + " (" + required
          + " required), got " + params.keySet());
    }
    var ordered = new LinkedHashMap<String, Object>();
    names.stream().filter(params::containsKey).forEach(name -> ordered.put(name, params.get(name)));
    return Collections.unmodifiableMap(ordered);
  }
}
