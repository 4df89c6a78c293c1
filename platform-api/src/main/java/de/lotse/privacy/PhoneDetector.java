package de.lotse.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Phone numbers in any notation: {@code +49 171 1234567}, {@code 0049 …}, {@code 0171/1234567},
 * {@code (0 80 31) 392-0}. A number counts as a phone number when it starts with {@code +}, {@code
 * 00} or a trunk {@code 0}, or when a phone cue ("Tel.", "Handy", "phone", "هاتف", "телефон")
 * stands right before it. Emergency and helpline numbers (110, 112, 115, 116 xxx) and free or
 * premium service numbers (0800, 0180, 0900, 0137) are kept, since they are no one's personal data
 * and an answer may need them. Fees, years and durations are short or do not start with 0, and no
 * phone cue precedes them, so they stay.
 */
final class PhoneDetector implements Detector {

  private static final CueIndex CUES = CueIndex.folded(
      "tel|telefon|telefonnummer|telefonnr|rufnummer|handy|handynummer|mobil|mobilnummer"
          + "|mobiltelefon|festnetz|phone|phone number|mobile|mobile number|cell|cell phone"
          + "|cellphone|whatsapp|телефон|тел|номер телефона|мобильный|мобільний"
          + "|هاتف|الهاتف|رقم الهاتف|رقم هاتفي|رقم جوالي|جوال|موبايل|واتساب|تلفن|شماره تلفن"
          + "|شماره موبايل|شماره|cep|telefon numaram|numer telefonu|téléphone|tél|portable"
          + "|teléfono|móvil|celular|telefono|cellulare|numărul de telefon|broj telefona"
          + "|број телефона|numri i telefonit|số điện thoại|sđt|hejmara telefonê");

  private static final Pattern DATE_LIKE = Pattern.compile(
      "\\d{1,2} ?[./-] ?\\d{1,2} ?[./-] ?\\d{2,4}(?!\\d)|\\d{4}[./-]\\d{1,2}[./-]\\d{1,2}");

  private static final int MAX_SEPARATOR_RUN = 3;

  @Override
  public void detect(ScannedText text, List<Finding> findings) {
    String s = text.normalised();
    List<Integer> cuedStarts = null;
    int searchedUpTo = 0;
    for (int digitsStart : text.numberStarts()) {
      if (digitsStart < searchedUpTo) {
        continue;
      }
      int start = candidateStart(s, digitsStart);
      if (start < 0) {
        continue;
      }
      int end = scanEnd(s, digitsStart);
      if (cuedStarts == null) {
        cuedStarts = cuedStarts(text);
      }
      boolean cued = cuedStarts.contains(start) || cuedStarts.contains(digitsStart);
      if (isPhoneNumber(s, start, end, cued)) {
        findings.add(new Finding(start, end, PiiKind.PHONE));
      }
      searchedUpTo = end;
    }
  }

  /**
   * Where a phone number starting with the digits at {@code digitsStart} begins: at a {@code +} or
   * {@code (} right before them, or at the digits; -1 if the digits continue a word or a figure.
   */
  private static int candidateStart(String s, int digitsStart) {
    int previous = digitsStart - 1;
    int mark = previous >= 0 && s.charAt(previous) == ' ' ? previous - 1 : previous;
    if (mark >= 0 && (s.charAt(mark) == '+' || s.charAt(mark) == '(')) {
      return mark > 0 && Chars.isAlphanumeric(s.charAt(mark - 1)) ? -1 : mark;
    }
    if (previous >= 0) {
      char c = s.charAt(previous);
      if (Chars.isAlphanumeric(c) || c == '.' || c == ',' || c == '/' || c == '-') {
        return -1;
      }
    }
    return digitsStart;
  }

  /**
   * Digits joined by short runs of spaces, slashes, dashes and brackets; a dot only on its own (so
   * a sentence end is not crossed). Ends after the last digit.
   */
  private static int scanEnd(String s, int i) {
    int lastDigitEnd = i;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Chars.isDigit(c)) {
        i++;
        lastDigitEnd = i;
        continue;
      }
      int j = i;
      int marks = 0;
      while (j < s.length() && j - i < MAX_SEPARATOR_RUN && isSeparator(s.charAt(j))) {
        if (s.charAt(j) == '.' || s.charAt(j) == '/' || s.charAt(j) == '-') {
          marks++;
        }
        j++;
      }
      boolean dotAlone = s.charAt(i) != '.' || j - i == 1;
      if (j == i || marks > 1 || !dotAlone || j >= s.length() || !Chars.isDigit(s.charAt(j))) {
        break;
      }
      i = j;
    }
    return lastDigitEnd;
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '/' || c == '-' || c == '.' || c == '(' || c == ')';
  }

  private static boolean isPhoneNumber(String s, int start, int end, boolean cued) {
    String digits = digitsOf(s, start, end);
    boolean international = s.charAt(start) == '+' || digits.startsWith("00");
    if (!international && digits.charAt(0) != '0' && !cued) {
      return false;
    }
    if (isServiceNumber(digits) || DATE_LIKE.matcher(s).region(start, end).find()) {
      return false;
    }
    if (international) {
      int significant = s.charAt(start) == '+' ? digits.length() : digits.length() - 2;
      return significant >= 8 && significant <= 15;
    }
    if (digits.charAt(0) == '0') {
      return digits.length() >= 7 && digits.length() <= 13;
    }
    return digits.length() >= 6 && digits.length() <= 15;
  }

  private static String digitsOf(String s, int start, int end) {
    StringBuilder digits = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      if (Chars.isDigit(s.charAt(i))) {
        digits.append(s.charAt(i));
      }
    }
    return digits.toString();
  }

  private static boolean isServiceNumber(String digits) {
    return digits.equals("110")
        || digits.equals("112")
        || digits.equals("115")
        || (digits.startsWith("116") && digits.length() == 6)
        || digits.startsWith("0800")
        || digits.startsWith("0180")
        || digits.startsWith("0900")
        || digits.startsWith("0137");
  }

  /** Positions right after a phone cue and its connector words, where a cued number would start. */
  private static List<Integer> cuedStarts(ScannedText text) {
    List<Integer> starts = new ArrayList<>(2);
    CUES.forEach(text, (start, end) -> starts.add(Connectors.skip(text.folded(), end)));
    return starts;
  }
}
