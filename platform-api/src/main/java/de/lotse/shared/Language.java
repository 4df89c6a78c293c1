package de.lotse.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The 19 languages a tenant can enable. Codes are ISO 639-1.
 *
 * <p>Chosen from the pilot's list for who comes to Bavarian immigration offices: Pashto rather than
 * Dari (Dari readers are served by Farsi, Pashto readers are not), and no Croatian (Croatian
 * citizens, as EU citizens, rarely need the office, and Serbian covers the language).
 */
public enum Language {
  DE("de", "Deutsch", false),
  EN("en", "English", false),
  AR("ar", "العربية", true),
  FA("fa", "فارسی", true),
  PS("ps", "پښتو", true),
  TR("tr", "Türkçe", false),
  KU("ku", "Kurdî (Kurmancî)", false),
  UK("uk", "Українська", false),
  RU("ru", "Русский", false),
  PL("pl", "Polski", false),
  RO("ro", "Română", false),
  BG("bg", "Български", false),
  SR("sr", "Srpski", false),
  SQ("sq", "Shqip", false),
  FR("fr", "Français", false),
  ES("es", "Español", false),
  IT("it", "Italiano", false),
  VI("vi", "Tiếng Việt", false),
  TI("ti", "ትግርኛ", false);

  private static final Map<String, Language> BY_CODE = Arrays.stream(values())
      .collect(Collectors.toUnmodifiableMap(Language::code, Function.identity()));

  private final String code;
  private final String autonym;
  private final boolean rightToLeft;

  Language(String code, String autonym, boolean rightToLeft) {
    this.code = code;
    this.autonym = autonym;
    this.rightToLeft = rightToLeft;
  }

  /** ISO 639-1 code, lower case. */
  public String code() {
    return code;
  }

  /** The language's name in itself, as a language selector shows it. */
  public String autonym() {
    return autonym;
  }

  public boolean rightToLeft() {
    return rightToLeft;
  }

  public static Optional<Language> fromCode(String code) {
    return code == null
        ? Optional.empty()
        : Optional.ofNullable(BY_CODE.get(code.trim().toLowerCase(Locale.ROOT)));
  }

  public static boolean isSupported(String code) {
    return fromCode(code).isPresent();
  }
}
