package de.lotse.privacy;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Postal addresses: a street with a house number ("Hauptstraße 12", "Münchener Str. 5", "Am Bahnhof
 * 3a", "Wittelsbacherstr. 53") and a postcode with its town ("83022 Rosenheim"). A town without a
 * postcode stays: it is the office's own area and the answer often depends on it.
 */
final class AddressDetector implements Detector {

  private static final List<String> SUFFIXES = List.of(
      "straße",
      "strasse",
      "str",
      "weg",
      "gasse",
      "platz",
      "allee",
      "ring",
      "damm",
      "ufer",
      "chaussee",
      "steig",
      "stieg",
      "pfad",
      "graben",
      "anger",
      "gürtel",
      "zeile",
      "wall",
      "kai",
      "promenade");

  /** Street words written apart from the name: "Münchener Straße 5", "Alter Weg 3". */
  private static final Set<String> STREET_WORDS = Set.of(
      "straße",
      "strasse",
      "str",
      "weg",
      "gasse",
      "platz",
      "allee",
      "ring",
      "damm",
      "ufer",
      "chaussee");

  private static final Set<String> PREPOSITIONS =
      Set.of("Am", "An", "Auf", "Im", "In", "Zum", "Zur", "Hinter", "Unter", "Vor", "Beim", "Bei");

  private static final int LONGEST_PREPOSITION = 6;

  private static final Pattern HOUSE_NUMBER =
      Pattern.compile(" ?(\\d{1,3}(?: ?[a-z](?!\\p{L}))?(?: ?[-/] ?\\d{1,3}[a-z]?)?)(?!\\p{N})");

  private static final Pattern STREET_WITH_PREPOSITION = Pattern.compile(
      "(?:Am|An der|An den|Auf der|Auf dem|Im|In der|In den|Zum|Zur|Hinter der|Hinter dem"
          + "|Unter den|Vor dem|Beim|Bei der) (\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?)"
          + " ?\\d{1,3}(?: ?[a-zA-Z](?!\\p{L}))?(?: ?[-/] ?\\d{1,3}[a-zA-Z]?)?(?!\\p{N})");

  private static final Pattern POSTCODE_TOWN = Pattern.compile(
      "(?<![\\p{L}\\p{N}.,])(?:0[1-9]|[1-9]\\d)\\d{3} (\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)*)"
          + "(?: (?:am|an der|im|in der|bei|ob der|a\\.|i\\.) ?\\p{Lu}\\p{Ll}+)?(?!\\p{L})");

  /** Words ending like a street that are not streets ("during 3 months", "bring 2 photos"). */
  private static final Set<String> NOT_STREETS =
      WordSets.of("during spring string bring offspring boring ring weg platz");

  /**
   * Nouns after "Am/Im/Zum …" that start a time or place phrase, not a street: "Im Zimmer 204", "Am
   * Montag 3 Termine", "Zum Beispiel 2".
   */
  private static final Set<String> NOT_STREET_NOUNS =
      WordSets.of("montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz"
          + " april mai juni juli august september oktober november dezember jahr monat tag"
          + " woche wochenende moment beispiel anfang ende rahmen fall sommer winter frühling"
          + " herbst voraus ausland inland durchschnitt alter zimmer raum stock gebäude haus"
          + " schalter termin amt landratsamt jobcenter kurs integrationskurs paragraph"
          + " paragraf artikel absatz satz prinzip regel vergleich zusammenhang abend morgen"
          + " mittag vormittag nachmittag wochentag stunde minute jahre monate tage wochen");

  /** Words after a number that make it a quantity, not a house number or a postcode. */
  private static final Set<String> UNITS =
      WordSets.of("uhr jahr jahre jahren monat monate monaten woche wochen tag tage tagen stunde"
          + " stunden minute minuten sekunden mal euro eur cent prozent km kilometer meter m"
          + " qm personen kinder leute menschen einwohner seiten punkte years year months"
          + " month weeks week days day hours hour minutes times people persons euros dollar"
          + " dollars ausländer flüchtlinge anträge fälle mitarbeiter studenten plätze"
          + " teilnehmer stück seite ects credits punkten");

  @Override
  public void detect(ScannedText text, List<Finding> findings) {
    if (text.numberStarts().length == 0) {
      return;
    }
    String normalised = text.normalised();
    Matcher houseNumber = HOUSE_NUMBER.matcher(text.folded()).useTransparentBounds(true);
    Matcher preposition = STREET_WITH_PREPOSITION.matcher(normalised).useTransparentBounds(true);
    int previousWordStart = -1;
    for (int start : text.wordStarts()) {
      int end = compoundEnd(normalised, start);
      if (!insideCompound(normalised, start)) {
        int streetStart = streetStart(text, start, end, previousWordStart);
        int streetEnd = end < normalised.length() && normalised.charAt(end) == '.' ? end + 1 : end;
        if (streetStart >= 0) {
          houseNumber.region(streetEnd, normalised.length());
          if (houseNumber.lookingAt() && isHouseNumber(text, houseNumber.end())) {
            findings.add(new Finding(streetStart, houseNumber.end(), PiiKind.ADDRESS));
          }
        }
        if (end - start <= LONGEST_PREPOSITION
            && Character.isUpperCase(normalised.charAt(start))
            && PREPOSITIONS.contains(normalised.substring(start, end))) {
          preposition.region(start, normalised.length());
          if (preposition.lookingAt()
              && !NOT_STREET_NOUNS.contains(firstWord(text.folded(), preposition.start(1)))
              && isHouseNumber(text, preposition.end())) {
            findings.add(new Finding(start, preposition.end(), PiiKind.ADDRESS));
          }
        }
      }
      previousWordStart = start;
    }
    findPostcodes(text, findings);
  }

  /**
   * Where the street name starts if the word at {@code start} ends one ("Hauptstraße",
   * "Wittelsbacherstr.", or "Straße" after a capitalised word), else -1.
   */
  private static int streetStart(ScannedText text, int start, int end, int previousWordStart) {
    if (!endsWithStreetSuffix(text.folded(), start, end)) {
      return -1;
    }
    String word = text.folded().substring(start, end);
    boolean abbreviated = word.endsWith("str");
    if (abbreviated && (end >= text.length() || text.normalised().charAt(end) != '.')) {
      return -1;
    }
    if (STREET_WORDS.contains(word)) {
      return Character.isUpperCase(text.normalised().charAt(start))
              && previousWordStart >= 0
              && start - 1 == compoundEnd(text.normalised(), previousWordStart)
              && Character.isUpperCase(text.normalised().charAt(previousWordStart))
          ? previousWordStart
          : -1;
    }
    if (NOT_STREETS.contains(word)) {
      return -1;
    }
    for (String suffix : SUFFIXES) {
      if (word.endsWith(suffix) && word.length() >= suffix.length() + 2) {
        return start;
      }
    }
    return -1;
  }

  private static boolean endsWithStreetSuffix(String folded, int start, int end) {
    for (String suffix : SUFFIXES) {
      if (end - start >= suffix.length() && folded.startsWith(suffix, end - suffix.length())) {
        return true;
      }
    }
    return false;
  }

  private void findPostcodes(ScannedText text, List<Finding> findings) {
    String normalised = text.normalised();
    Matcher postcode = POSTCODE_TOWN.matcher(normalised).useTransparentBounds(true);
    for (int start : text.numberStarts()) {
      postcode.region(start, normalised.length());
      if (postcode.lookingAt()
          && !UNITS.contains(text.folded().substring(postcode.start(1), postcode.end(1)))) {
        boolean countryPrefix = start >= 2 && normalised.startsWith("D-", start - 2);
        findings.add(
            new Finding(countryPrefix ? start - 2 : start, postcode.end(), PiiKind.ADDRESS));
      }
    }
  }

  /** End of a word including hyphenated parts ("Karl-Marx-Straße"). */
  private static int compoundEnd(String s, int start) {
    int i = start;
    while (i < s.length()
        && (Chars.isLetter(s.charAt(i))
            || (s.charAt(i) == '-' && i + 1 < s.length() && Chars.isLetter(s.charAt(i + 1))))) {
      i++;
    }
    return i;
  }

  private static boolean insideCompound(String s, int start) {
    return start >= 2 && s.charAt(start - 1) == '-' && Chars.isLetter(s.charAt(start - 2));
  }

  private static String firstWord(String s, int start) {
    int end = start;
    while (end < s.length() && Chars.isLetter(s.charAt(end))) {
      end++;
    }
    return s.substring(start, end);
  }

  /**
   * A number after a street word is a house number unless it continues as a decimal, a time or a
   * date, or is followed by a unit ("Fußweg 10 Minuten").
   */
  private static boolean isHouseNumber(ScannedText text, int end) {
    String s = text.normalised();
    if (end < s.length()) {
      char next = s.charAt(end);
      if ((next == '.' || next == ',' || next == ':')
          && end + 1 < s.length()
          && Chars.isDigit(s.charAt(end + 1))) {
        return false;
      }
      if (next == '%' || next == '€' || next == '$') {
        return false;
      }
    }
    int wordStart = Chars.skipSpaces(s, end);
    int wordEnd = wordStart;
    while (wordEnd < s.length()
        && (Chars.isLetter(s.charAt(wordEnd)) || s.charAt(wordEnd) == '€')) {
      wordEnd++;
    }
    return wordEnd == wordStart
        || !(UNITS.contains(text.folded().substring(wordStart, wordEnd))
            || s.charAt(wordStart) == '€');
  }
}
