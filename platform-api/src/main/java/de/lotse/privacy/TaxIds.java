package de.lotse.privacy;

/** The German tax identification number (Steuer-ID): 11 digits, the last a check digit. */
final class TaxIds {

  private TaxIds() {}

  /**
   * Checks the ISO 7064 MOD 11,10 check digit. Used only for numbers without a cue word, so a bare
   * 11-digit figure is taken for a tax ID only when it is one.
   */
  static boolean hasValidCheckDigit(String candidate) {
    String digits = candidate.replace(" ", "");
    if (digits.length() != 11) {
      return false;
    }
    int product = 10;
    for (int i = 0; i < 10; i++) {
      int sum = (digits.charAt(i) - '0' + product) % 10;
      if (sum == 0) {
        sum = 10;
      }
      product = (sum * 2) % 11;
    }
    int check = 11 - product;
    return (check == 10 ? 0 : check) == digits.charAt(10) - '0';
  }
}
