package de.lotse.privacy;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value recognised by its shape alone, without a cue word, optionally confirmed by a check on the
 * matched text (a check digit, a minimum number of digits). The shape is tried only where a word or
 * a number starts.
 */
final class ShapeDetector implements Detector {

  /** Where a match of the shape can start. */
  enum Start {
    WORD,
    NUMBER
  }

  /** A cheap test of the first characters, so the pattern runs only where it can match. */
  @FunctionalInterface
  interface QuickCheck {
    boolean plausibleAt(String s, int start);
  }

  private final Pattern shape;
  private final QuickCheck quickCheck;
  private final Start start;
  private final boolean onFolded;
  private final PiiKind kind;
  private final Predicate<String> confirmed;

  ShapeDetector(
      String regex,
      QuickCheck quickCheck,
      Start start,
      boolean onFolded,
      PiiKind kind,
      Predicate<String> confirmed) {
    this.shape = Pattern.compile(regex);
    this.quickCheck = quickCheck;
    this.start = start;
    this.onFolded = onFolded;
    this.kind = kind;
    this.confirmed = confirmed;
  }

  @Override
  public void detect(ScannedText text, List<Finding> findings) {
    int[] starts = start == Start.WORD ? text.wordStarts() : text.numberStarts();
    if (starts.length == 0) {
      return;
    }
    String s = onFolded ? text.folded() : text.normalised();
    Matcher m = shape.matcher(s).useTransparentBounds(true);
    int searchedUpTo = 0;
    for (int position : starts) {
      if (position < searchedUpTo || !quickCheck.plausibleAt(s, position)) {
        continue;
      }
      m.region(position, s.length());
      if (m.lookingAt() && confirmed.test(m.group())) {
        findings.add(new Finding(position, m.end(), kind));
        searchedUpTo = m.end();
      }
    }
  }
}
