package de.lotse.privacy;

import de.lotse.privacy.NameCue.Reading;
import java.util.List;
import java.util.Set;

/**
 * Names of persons, found only after a cue ("Mein Name ist …", "меня зовут …", "اسمي …", "Frau …",
 * "meine Tochter … heißt"). A name is one to three words (four in Vietnamese). Without a cue a
 * capitalised word is never taken for a name: German capitalises every noun, and most capitalised
 * words in questions are permit names, authorities and places.
 */
final class NameDetector implements Detector {

  private static final Set<String> ACADEMIC_TITLES = Set.of("dr", "prof", "dipl", "ing", "med");

  private static final Set<String> NOUN_TITLES = Set.of("frau", "herr", "herrn");

  @Override
  public void detect(ScannedText text, List<Finding> findings) {
    for (NameCue cue : NameCues.ALL) {
      cue.cues().forEach(text, (start, end) -> {
        if (cue.reading() != Reading.TITLE || !isNounNotTitle(text.folded(), start, end)) {
          readNames(text, end, cue, findings);
        }
      });
    }
  }

  private static void readNames(ScannedText text, int from, NameCue cue, List<Finding> findings) {
    int start = skipLead(text.normalised(), from);
    while (start >= 0) {
      Finding name = readName(text, start, cue);
      if (name == null
          || (cue.reading() == Reading.CAPITALISED_BEFORE_VERB
              && !followedByVerbOrPunctuation(text, name.end()))) {
        return;
      }
      findings.add(name);
      start = cue.list() ? nextInList(text, name) : -1;
    }
  }

  /** Reads one name of up to {@code cue.maxTokens()} words at {@code start}, or returns null. */
  private static Finding readName(ScannedText text, int start, NameCue cue) {
    String s = text.normalised();
    int nameStart = -1;
    int end = -1;
    int tokens = 0;
    TokenCase first = null;
    int i = start;
    while (i >= 0 && tokens < cue.maxTokens()) {
      int tokenEnd = tokenEnd(s, i);
      if (tokenEnd == i) {
        break;
      }
      String word = text.folded().substring(i, tokenEnd);
      TokenCase tokenCase = TokenCase.of(s, i, tokenEnd);
      boolean followedByDot = tokenEnd < s.length() && s.charAt(tokenEnd) == '.';
      if (first != null && isLabel(s, tokenEnd)) {
        break;
      }
      if (cue.reading() == Reading.TITLE && followedByDot && ACADEMIC_TITLES.contains(word)) {
        i = startOfNextWord(s, tokenEnd + 1);
        continue;
      }
      if (first != null && isParticleInName(text, tokenEnd, word, tokenCase, cue, first)) {
        i = startOfNextWord(s, tokenEnd);
        continue;
      }
      if (!accepts(cue.reading(), first, tokenCase, word)) {
        break;
      }
      if (first == null) {
        first = tokenCase;
        nameStart = i;
      }
      end = tokenEnd;
      tokens++;
      i = startOfNextWord(s, tokenEnd);
    }
    return end < 0 ? null : new Finding(nameStart, end, PiiKind.NAME);
  }

  private static boolean accepts(Reading reading, TokenCase first, TokenCase token, String word) {
    if (NameWords.STOP.contains(word) || (word.length() < 2 && token != TokenCase.CASELESS)) {
      return false;
    }
    switch (reading) {
      case EXPLICIT:
        return first == null || token.continues(first);
      case TITLE:
        return (token == TokenCase.CAPITALISED || token == TokenCase.ALL_CAPS)
            && !NameWords.NOT_SURNAMES.contains(word);
      default:
        if (token == TokenCase.CASELESS) {
          return first == null || first == TokenCase.CASELESS;
        }
        return token == TokenCase.CAPITALISED && !looksLikeNoun(word);
    }
  }

  private static boolean looksLikeNoun(String word) {
    int apostrophe = word.indexOf('\'');
    String stem = apostrophe > 0 ? word.substring(0, apostrophe) : word;
    return NameWords.NOT_NAMES.contains(word)
        || NameWords.NOT_NAMES.contains(stem)
        || NameWords.hasNounEnding(stem);
  }

  /**
   * "Ludwig van Beethoven": a lower-case particle between capitalised words belongs to the name.
   */
  private static boolean isParticleInName(
      ScannedText text, int end, String word, TokenCase token, NameCue cue, TokenCase first) {
    if (token != TokenCase.LOWER
        || first == TokenCase.LOWER
        || !NameWords.PARTICLES.contains(word)) {
      return false;
    }
    int next = startOfNextWord(text.normalised(), end);
    if (next < 0) {
      return false;
    }
    int nextEnd = tokenEnd(text.normalised(), next);
    return nextEnd > next
        && accepts(
            cue.reading(),
            first,
            TokenCase.of(text.normalised(), next, nextEnd),
            text.folded().substring(next, nextEnd));
  }

  /** A word: letters and marks, with inner hyphens and apostrophes ("Al-Hassan", "O'Brien"). */
  private static int tokenEnd(String s, int i) {
    if (i >= s.length() || !Chars.isLetter(s.charAt(i))) {
      return i;
    }
    while (i < s.length()) {
      char c = s.charAt(i);
      boolean joiner =
          (c == '-' || c == '\'') && i + 1 < s.length() && Chars.isLetter(s.charAt(i + 1));
      if (!Chars.isLetter(c) && !(joiner && i > 0 && Chars.isLetter(s.charAt(i - 1)))) {
        break;
      }
      i++;
    }
    return i;
  }

  /** "Ad: Mehmet Soyad: Yılmaz": a word followed by a colon is the next form label, not a name. */
  private static boolean isLabel(String s, int tokenEnd) {
    int i = Chars.skipSpaces(s, tokenEnd);
    return i < s.length() && s.charAt(i) == ':';
  }

  /** Start of the next word if only spaces separate it from {@code end}, else -1. */
  private static int startOfNextWord(String s, int end) {
    int next = Chars.skipSpaces(s, end);
    return next > end && next < s.length() && Chars.isLetter(s.charAt(next)) ? next : -1;
  }

  private static int skipLead(String s, int i) {
    while (i < s.length() && " \"„“«»:-,".indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    return i < s.length() ? i : -1;
  }

  private static boolean followedByVerbOrPunctuation(ScannedText text, int end) {
    String s = text.normalised();
    int i = Chars.skipSpaces(s, end);
    if (i >= s.length() || ",.;:!?()".indexOf(s.charAt(i)) >= 0 || Chars.isDigit(s.charAt(i))) {
      return true;
    }
    int wordEnd = tokenEnd(s, i);
    return wordEnd > i && NameWords.FOLLOWERS.contains(text.folded().substring(i, wordEnd));
  }

  /**
   * After a name in a list ("Ali, Sara und Omar"): the start of the next name following a comma or
   * a conjunction, or -1. The next name must be written like the previous one and must not be a
   * country or noun ("Eşimin adı Ayşe, Almanya'ya …").
   */
  private static int nextInList(ScannedText text, Finding previous) {
    String s = text.normalised();
    int i = Chars.skipSpaces(s, previous.end());
    int next = -1;
    if (i < s.length() && s.charAt(i) == ',') {
      next = startOfNextWord(s, i + 1);
    } else {
      int wordEnd = tokenEnd(s, i);
      if (wordEnd > i && NameWords.CONJUNCTIONS.contains(text.folded().substring(i, wordEnd))) {
        next = startOfNextWord(s, wordEnd);
      }
    }
    if (next < 0) {
      return -1;
    }
    int nextEnd = tokenEnd(s, next);
    TokenCase previousCase = TokenCase.of(s, previous.start(), tokenEnd(s, previous.start()));
    TokenCase nextCase = TokenCase.of(s, next, nextEnd);
    boolean sameCase = (nextCase == TokenCase.LOWER) == (previousCase == TokenCase.LOWER);
    return sameCase && !looksLikeNoun(text.folded().substring(next, nextEnd)) ? next : -1;
  }

  /**
   * "Frau" and "Herr" are also plain nouns: after an article, a possessive or an inflected
   * adjective ("eine schwangere Frau", "jede Frau") they are no title. "Sehr geehrte Frau …" is.
   */
  private static boolean isNounNotTitle(String folded, int start, int end) {
    int wordEnd = start;
    while (wordEnd > 0 && folded.charAt(wordEnd - 1) == ' ') {
      wordEnd--;
    }
    int wordStart = wordEnd;
    while (wordStart > 0 && Chars.isLetter(folded.charAt(wordStart - 1))) {
      wordStart--;
    }
    String before = folded.substring(wordStart, wordEnd);
    if (NameWords.ARTICLES.contains(before)) {
      return true;
    }
    boolean inflected = before.length() >= 4
        && (before.endsWith("e")
            || before.endsWith("er")
            || before.endsWith("en")
            || before.endsWith("em")
            || before.endsWith("es"));
    return inflected
        && NOUN_TITLES.contains(folded.substring(start, end))
        && !NameWords.SALUTATIONS.contains(before);
  }

  /** How a word is capitalised; scripts without case (Arabic, Ethiopic) are {@code CASELESS}. */
  enum TokenCase {
    CAPITALISED,
    ALL_CAPS,
    /** "IT-Spezialist", "EU-Bürger": an abbreviation, not a name. */
    MIXED,
    LOWER,
    CASELESS;

    static TokenCase of(String s, int start, int end) {
      char initial = s.charAt(start);
      if (Character.isLowerCase(initial)) {
        return LOWER;
      }
      if (!Character.isUpperCase(initial) && !Character.isTitleCase(initial)) {
        return CASELESS;
      }
      boolean allUpper = true;
      for (int i = start + 1; i < end; i++) {
        if (Character.isLowerCase(s.charAt(i))) {
          allUpper = false;
          break;
        }
      }
      if (allUpper && end - start > 1) {
        return ALL_CAPS;
      }
      return start + 1 < end && Character.isUpperCase(s.charAt(start + 1)) ? MIXED : CAPITALISED;
    }

    /** Whether a later word of a name may have this case, given the first word's case. */
    boolean continues(TokenCase first) {
      switch (first) {
        case LOWER:
          return this == LOWER;
        case CASELESS:
          return this == CASELESS;
        default:
          return this == CAPITALISED || this == ALL_CAPS || this == MIXED;
      }
    }
  }
}
