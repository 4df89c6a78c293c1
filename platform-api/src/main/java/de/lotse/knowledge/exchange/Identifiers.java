package de.lotse.knowledge.exchange;

import de.lotse.shared.Language;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Rules for entry keys, category keys and language codes.
 *
 * <p>None of them is trimmed or lower-cased on import: they are identities that other imports,
 * exports and evaluations refer to, and silently turning " Blue-Card" into "blue-card" would let
 * two spellings of one key meet in one file. The problem message names the corrected form instead.
 */
final class Identifiers {

  private static final int MAX_KEY_LENGTH = 64;
  private static final Pattern KEY = Pattern.compile("[a-z0-9-]{1," + MAX_KEY_LENGTH + "}");
  private static final List<String> SUPPORTED_LANGUAGES =
      Arrays.stream(Language.values()).map(Language::code).toList();

  private Identifiers() {}

  /** What is wrong with a key, or {@code null} when it is fine. */
  static Violation keyProblem(String key) {
    if (KEY.matcher(key).matches()) {
      return null;
    }
    if (key.isBlank()) {
      return Violation.of(
          ProblemCode.KEY_EMPTY,
          "The key is empty. Give it a key of lower-case letters, digits and \"-\","
              + " e.g. \"blue-card\".");
    }
    String suggestion = suggestKey(key);
    boolean suggested = KEY.matcher(suggestion).matches();
    var params = new LinkedHashMap<String, Object>();
    params.put("key", Quoting.shorten(key));
    if (suggested) {
      params.put("suggestion", suggestion);
    }
    String hint = suggested ? " Write it as " + Quoting.quote(suggestion) + "." : "";
    if (!key.equals(key.strip())) {
      return new Violation(
          ProblemCode.KEY_SPACES,
          params,
          "The key "
              + Quoting.quote(key)
              + " has spaces around it; keys are used exactly as written."
              + hint);
    }
    if (key.length() > MAX_KEY_LENGTH) {
      return Violation.of(
          ProblemCode.TOO_LONG,
          Map.of("length", key.length(), "max", MAX_KEY_LENGTH),
          "The key is longer than " + MAX_KEY_LENGTH + " characters. Shorten it.");
    }
    return new Violation(
        ProblemCode.KEY_CHARACTERS,
        params,
        "The key "
            + Quoting.quote(key)
            + " may only contain lower-case letters a–z, digits and \"-\"."
            + hint);
  }

  private static String suggestKey(String key) {
    return key.strip()
        .toLowerCase(Locale.ROOT)
        .replaceAll("[\\s_]+", "-")
        .replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
        .replace("ß", "ss");
  }

  /** What is wrong with a language code, or {@code null} when the platform supports it. */
  static Violation languageProblem(String code) {
    if (code.isBlank()) {
      return Violation.of(
          ProblemCode.LANGUAGE_EMPTY,
          Map.of("supported", SUPPORTED_LANGUAGES),
          "The language code is empty. Use one of: " + supportedLanguages() + ".");
    }
    var language = Language.fromCode(code);
    if (language.isPresent() && language.get().code().equals(code)) {
      return null;
    }
    if (language.isPresent()) {
      return Violation.of(
          ProblemCode.LANGUAGE_SPELLING,
          Map.of("language", Quoting.shorten(code), "suggestion", language.get().code()),
          "Write the language code "
              + Quoting.quote(code)
              + " as \""
              + language.get().code()
              + "\" (lower case, no spaces).");
    }
    return Violation.of(
        ProblemCode.LANGUAGE_UNSUPPORTED,
        Map.of("language", Quoting.shorten(code), "supported", SUPPORTED_LANGUAGES),
        "The language "
            + Quoting.quote(code)
            + " is not supported. Use an ISO 639-1 code the platform supports: "
            + supportedLanguages()
            + ".");
  }

  private static String supportedLanguages() {
    return String.join(", ", SUPPORTED_LANGUAGES);
  }
}
