package de.lotse.privacy;

import java.util.List;

/**
 * A reference value (file number, document number, tax or insurance number) that follows a cue
 * word: "Aktenzeichen: III-1234/24", "Reisepass Nr. C01X00T47", "Steuer-ID 12 345 678 901". The cue
 * stays readable, so the answer engine still sees what the citizen is talking about.
 */
final class CuedReferenceDetector implements Detector {

  private final CueIndex cues;
  private final PiiKind kind;
  private final int minLength;
  private final int minDigits;

  private CuedReferenceDetector(
      String cues, boolean cueIsCaseSensitive, PiiKind kind, int minLength, int minDigits) {
    this.cues = cueIsCaseSensitive ? CueIndex.caseSensitive(cues) : CueIndex.folded(cues);
    this.kind = kind;
    this.minLength = minLength;
    this.minDigits = minDigits;
  }

  /** Cues written in lower case, matched against the folded text. */
  static CuedReferenceDetector folded(String cues, PiiKind kind, int minLength, int minDigits) {
    return new CuedReferenceDetector(cues, false, kind, minLength, minDigits);
  }

  /** Cues whose case matters ("AZ", "GZ", but not Turkish "az" = "little"). */
  static CuedReferenceDetector caseSensitive(
      String cues, PiiKind kind, int minLength, int minDigits) {
    return new CuedReferenceDetector(cues, true, kind, minLength, minDigits);
  }

  @Override
  public void detect(ScannedText text, List<Finding> findings) {
    String normalised = text.normalised();
    cues.forEach(text, (cueStart, cueEnd) -> {
      int start = Connectors.skip(text.folded(), cueEnd);
      int end = ReferenceValue.end(normalised, start);
      if (end > start
          && end - start >= minLength
          && Chars.countDigits(normalised, start, end) >= minDigits) {
        findings.add(new Finding(start, end, kind));
      }
    });
  }
}
