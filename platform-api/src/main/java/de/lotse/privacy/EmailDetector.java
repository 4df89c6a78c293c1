package de.lotse.privacy;

import java.util.List;

/**
 * E-mail addresses. Scans outwards from each {@code @} instead of using a regular expression, which
 * keeps the cost linear even for long runs of word characters.
 */
final class EmailDetector implements Detector {

  @Override
  public void detect(ScannedText text, List<Finding> findings) {
    String s = text.normalised();
    int at = s.indexOf('@');
    while (at >= 0) {
      int start = at;
      while (start > 0 && isLocalChar(s.charAt(start - 1))) {
        start--;
      }
      while (start < at && s.charAt(start) == '.') {
        start++;
      }
      int end = at + 1;
      while (end < s.length() && isDomainChar(s.charAt(end))) {
        end++;
      }
      while (end > at + 1 && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == '-')) {
        end--;
      }
      if (start < at && hasTopLevelDomain(s, at + 1, end)) {
        findings.add(new Finding(start, end, PiiKind.EMAIL));
      }
      at = s.indexOf('@', Math.max(end, at + 1));
    }
  }

  private static boolean isLocalChar(char c) {
    return Chars.isAlphanumeric(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  }

  private static boolean isDomainChar(char c) {
    return Chars.isAlphanumeric(c) || c == '.' || c == '-';
  }

  private static boolean hasTopLevelDomain(String s, int domainStart, int end) {
    int dot = s.lastIndexOf('.', end - 1);
    if (dot <= domainStart || end - dot - 1 < 2) {
      return false;
    }
    for (int i = dot + 1; i < end; i++) {
      if (!Chars.isLetter(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
