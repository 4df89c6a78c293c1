package de.lotse.privacy;

import java.util.Set;

/**
 * The filler between a cue word and its value: "Aktenzeichen <b>lautet:</b> 12/24", "phone
 * <b>number is</b> …", "شماره تلفن <b>من</b> …".
 */
final class Connectors {

  private static final Set<String> WORDS =
      WordSets.of("ist is lautet lautete nr no number nummer mein meine my est es è e jest este je"
          + " это є là của tôi mi mon ma mój мой мій numaram numarası numarasi من هو هي است"
          + " هست was war heißt heisst");

  private static final int MAX_WORDS = 3;

  private Connectors() {}

  /**
   * Skips punctuation, spaces and connector words after a cue in {@code folded} and returns where
   * the value may start.
   */
  static int skip(String folded, int from) {
    int i = skipPunctuation(folded, from);
    for (int words = 0; words < MAX_WORDS; words++) {
      int end = i;
      while (end < folded.length() && Chars.isLetter(folded.charAt(end))) {
        end++;
      }
      if (end == i || !WORDS.contains(folded.substring(i, end))) {
        return i;
      }
      i = skipPunctuation(folded, end);
    }
    return i;
  }

  private static int skipPunctuation(String s, int i) {
    while (i < s.length() && " :#№.-=(\"".indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }
}
