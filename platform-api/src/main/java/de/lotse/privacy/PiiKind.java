package de.lotse.privacy;

/** The kinds of personal data the {@link PiiScrubber} replaces, each with its placeholder. */
public enum PiiKind {
  NAME("[NAME]"),
  EMAIL("[EMAIL]"),
  PHONE("[PHONE]"),
  IBAN("[IBAN]"),
  DATE_OF_BIRTH("[DATE_OF_BIRTH]"),
  /** Passport, identity card, residence card (eAT), AZR and similar document numbers. */
  DOCUMENT_NUMBER("[ID_NUMBER]"),
  /** Aktenzeichen, Geschäftszeichen and other file or application references. */
  CASE_NUMBER("[CASE_NUMBER]"),
  TAX_ID("[TAX_ID]"),
  /** Health insurance number (Krankenversichertennummer) and pension insurance number. */
  HEALTH_INSURANCE_NUMBER("[INSURANCE_NUMBER]"),
  LICENCE_PLATE("[PLATE]"),
  ADDRESS("[ADDRESS]");

  private final String placeholder;

  PiiKind(String placeholder) {
    this.placeholder = placeholder;
  }

  /** The text that stands in for a value of this kind, e.g. {@code [PHONE]}. */
  public String placeholder() {
    return placeholder;
  }
}
