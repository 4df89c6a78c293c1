package de.lotse.privacy;

/** A span of the input, {@code [start, end)}, that holds personal data of one kind. */
record Finding(int start, int end, PiiKind kind) {

  int length() {
    return end - start;
  }

  boolean overlaps(Finding other) {
    return start < other.end && other.start < end;
  }
}
