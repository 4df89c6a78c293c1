package de.lotse.privacy;

import java.util.List;

/**
 * IBANs of any country, grouped in fours or written solid. Letters may appear in the bank code (GB,
 * NL, …); the account part is digits, which keeps a following word out of the match. The check
 * digits are not verified on purpose: a mistyped IBAN is still personal data.
 */
final class IbanDetector implements Detector {

  private static final String SHAPE =
      "(?<![\\p{L}\\p{N}])[a-z]{2}\\d{2} ?[a-z0-9]{4}(?: ?[a-z0-9]{4})?(?: ?\\d{4}){1,6}(?:"
          + " ?\\d{1,3})?(?![\\p{L}\\p{N}])";

  private static final int MIN_LENGTH = 15;
  private static final int MAX_LENGTH = 34;

  private final ShapeDetector shape = new ShapeDetector(
      SHAPE,
      IbanDetector::startsWithCountryAndCheckDigits,
      ShapeDetector.Start.WORD,
      true,
      PiiKind.IBAN,
      IbanDetector::hasIbanLength);

  @Override
  public void detect(ScannedText text, List<Finding> findings) {
    shape.detect(text, findings);
  }

  private static boolean startsWithCountryAndCheckDigits(String folded, int i) {
    return i + 3 < folded.length()
        && isAsciiLetter(folded.charAt(i))
        && isAsciiLetter(folded.charAt(i + 1))
        && Chars.isDigit(folded.charAt(i + 2))
        && Chars.isDigit(folded.charAt(i + 3));
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean hasIbanLength(String match) {
    int compactLength = match.replace(" ", "").length();
    return compactLength >= MIN_LENGTH && compactLength <= MAX_LENGTH;
  }
}
