package de.lotse.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Chooses among overlapping findings and writes the placeholders. */
final class Redaction {

  private static final Comparator<Finding> LONGEST_FIRST = Comparator.comparingInt(Finding::length)
      .reversed()
      .thenComparingInt(Finding::start)
      .thenComparing(Finding::kind);

  private Redaction() {}

  /**
   * Where findings overlap, the longest wins: an IBAN over the phone-like digits inside it, "AZ
   * 123-45/2024" after "Aktenzeichen" over "123-45/2024" after "AZ".
   */
  static ScrubResult apply(String original, List<Finding> findings) {
    List<Finding> chosen = mergeAdjacentAddresses(original, nonOverlapping(findings));
    Set<PiiKind> found = EnumSet.noneOf(PiiKind.class);
    StringBuilder scrubbed = new StringBuilder(original.length());
    int copied = 0;
    for (Finding finding : chosen) {
      scrubbed.append(original, copied, finding.start()).append(finding.kind().placeholder());
      copied = finding.end();
      found.add(finding.kind());
    }
    scrubbed.append(original, copied, original.length());
    return new ScrubResult(scrubbed.toString(), found);
  }

  private static List<Finding> nonOverlapping(List<Finding> findings) {
    List<Finding> candidates = new ArrayList<>(findings);
    candidates.sort(LONGEST_FIRST);
    List<Finding> chosen = new ArrayList<>(candidates.size());
    for (Finding candidate : candidates) {
      if (chosen.stream().noneMatch(candidate::overlaps)) {
        chosen.add(candidate);
      }
    }
    chosen.sort(Comparator.comparingInt(Finding::start));
    return chosen;
  }

  /** "Hauptstraße 12, 83022 Rosenheim" is one address, so it becomes one placeholder. */
  private static List<Finding> mergeAdjacentAddresses(String original, List<Finding> sorted) {
    List<Finding> merged = new ArrayList<>(sorted.size());
    for (Finding finding : sorted) {
      Finding previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (previous != null
          && previous.kind() == PiiKind.ADDRESS
          && finding.kind() == PiiKind.ADDRESS
          && onlySeparators(original, previous.end(), finding.start())) {
        merged.set(
            merged.size() - 1, new Finding(previous.start(), finding.end(), PiiKind.ADDRESS));
      } else {
        merged.add(finding);
      }
    }
    return merged;
  }

  private static boolean onlySeparators(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) != ' ' && s.charAt(i) != ',') {
        return false;
      }
    }
    return true;
  }
}
