package de.lotse.privacy;

import java.util.Set;

/**
 * German licence plates: district (1–3 letters), 1–2 letters, 1–4 digits, optional E or H ({@code
 * RO-AB 1234}, {@code M AB 123E}). Only upper case counts, and a plate written with spaces only
 * must not have a Roman numeral as its middle part, which is how "SGB II 2024" looks.
 */
final class LicencePlates {

  static final String SHAPE =
      "(?<![\\p{L}\\p{N}-])[A-ZÄÖÜ]{1,3}(?:-[A-Z]{1,2}[ -]?|[ ][A-Z]{1,2}[ ])[1-9]\\d{0,3}[EH]?"
          + "(?![\\p{L}\\p{N}])";

  private static final Set<String> ROMAN_NUMERALS =
      Set.of("I", "II", "V", "X", "IV", "VI", "IX", "XI", "XV", "XX");

  private LicencePlates() {}

  static boolean startsLikePlate(String s, int i) {
    return i + 4 < s.length()
        && isDistrictLetter(s.charAt(i))
        && !Character.isLowerCase(s.charAt(i + 1));
  }

  private static boolean isDistrictLetter(char c) {
    return (c >= 'A' && c <= 'Z') || c == 'Ä' || c == 'Ö' || c == 'Ü';
  }

  static boolean isPlate(String match) {
    if (match.contains("-")) {
      return true;
    }
    String[] parts = match.split(" ");
    return parts.length == 3 && !ROMAN_NUMERALS.contains(parts[1]);
  }
}
