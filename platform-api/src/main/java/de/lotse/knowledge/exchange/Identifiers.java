package de.lotse.knowledge.exchange;

import de.lotse.shared.Language;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Rules for entry keys, category keys and language codes.
 *
 * <p>None of them is trimmed or lower-cased on import: they are identities that other imports,
 * exports and evaluations refer to, and silently turning " Blue-Card" into "blue-card" would let
 * two spellings of one key meet in one file. The problem message names the corrected form instead.
 */
final class Identifiers {

  private static final Pattern KEY = Pattern.compile("[a-z0-9-]{1,64}");
  private static final String SUPPORTED_LANGUAGES =
      Arrays.stream(Language.values()).map(Language::code).collect(Collectors.joining(", "));

  private Identifiers() {}

  /** What is wrong with a key, or {@code null} when it is fine. */
  static String keyProblem(String key) {
    if (KEY.matcher(key).matches()) {
      return null;
    }
    if (key.isBlank()) {
      return "The key is empty. Give it a key of lower-case letters, digits and \"-\","
          + " e.g. \"blue-card\".";
    }
    String suggestion = suggestKey(key);
    String hint =
        KEY.matcher(suggestion).matches() ? " Write it as " + Quoting.quote(suggestion) + "." : "";
    if (!key.equals(key.strip())) {
      return "The key "
          + Quoting.quote(key)
          + " has spaces around it; keys are used exactly as written."
          + hint;
    }
    if (key.length() > 64) {
      return "The key is longer than 64 characters. Shorten it.";
    }
    return "The key "
        + Quoting.quote(key)
        + " may only contain lower-case letters a–z, digits and \"-\"."
        + hint;
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
  static String languageProblem(String code) {
    if (code.isBlank()) {
      return "The language code is empty. Use one of: " + SUPPORTED_LANGUAGES + ".";
    }
    var language = Language.fromCode(code);
    if (language.isPresent() && language.get().code().equals(code)) {
      return null;
    }
    if (language.isPresent()) {
      return "Write the language code "
          + Quoting.quote(code)
          + " as \""
          + language.get().code()
          + "\" (lower case, no spaces).";
    }
    return "The language "
        + Quoting.quote(code)
        + " is not supported. Use an ISO 639-1 code the platform supports: "
        + SUPPORTED_LANGUAGES
        + ".";
  }
}
