package de.lotse.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of birth: a full date (day, month and year) next to a birth cue, before it ("geb.
 * 12.03.1990", "Geburtsdatum: 1990-03-12", "родился 12.03.1990") or after it ("am 12.03.1990 in
 * Damaskus geboren", "12.03.1990'da doğdum").
 *
 * <p>A date without a birth cue stays: "Termin am 12.03.2026" is what most dates in questions look
 * like, and an appointment day alone identifies no one. A year of birth alone ("geboren 1990")
 * stays too, like every bare year.
 */
final class BirthDateDetector implements Detector {

  private static final String NUMERIC_DATE =
      "\\d{1,2} ?[./-] ?\\d{1,2} ?[./-] ?(?:\\d{4}|\\d{2})|\\d{4}[./-]\\d{1,2}[./-]\\d{1,2}";

  // "12. März 1990", "12 марта 1990", "12 Mart 1990": in a birth context any word can be the month.
  private static final String DAY_MONTH_YEAR = "\\d{1,2}\\.? \\p{L}{3,12}\\.?,? \\d{4}";

  // "12 de marzo de 1990", "ngày 12 tháng 3 năm 1990"
  private static final String SPELLED_OUT_DATE =
      "\\d{1,2} de \\p{L}{3,12} de \\d{4}|\\d{1,2} tháng \\d{1,2},? năm \\d{4}";

  private static final String MONTH_DAY_YEAR = "\\p{L}{3,12}\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}";

  private static final String CUES_BEFORE =
      "geb\\.|geboren|geburtsdatum|geb\\.-datum|geburtsdat\\.|geburtstag|born|date of birth|birth"
          + " date|birthdate|birthday|dob|d\\.o\\.b\\.?|né|née|date de"
          + " naissance|nacido|nacida|nací|fecha de nacimiento|nato|nata|data di"
          + " nascita|urodzony|urodzona|urodziłem się|urodziłam się|data"
          + " urodzenia|născut|născută|nascut|data nașterii|data nasterii|doğum tarihi|doğum"
          + " tarihim|родился|родилась|дата рождения|д\\.р\\.|народився|народилася|дата"
          + " народження|роден|родена|дата на раждане|rođen|rođena|datum rođenja|рођен|рођена|датум"
          + " рођења|i lindur|e lindur|datëlindja|data e lindjes|sinh ngày|ngày sinh|تاريخ"
          + " الميلاد|تاريخ ميلادي|مواليد|ولدت|تاريخ تولد|متولد|ዕለተ ልደት|ዕለት ልደት|ተወሊደ|roja"
          + " bûyînê|dîroka jidayikbûnê|ji dayik bûm";

  private static final String CUES_AFTER =
      "geboren|born|doğdum|doğmuşum|родился|родилась|народився|народилася|urodziłem|urodziłam"
          + "|urodził|urodziła|né|née|nacido|nacida|nací|nato|nata|născut|născută|roden|rodena"
          + "|rođen|rođena|рођен|рођена|lindur|ولدت|متولد|ተወሊደ|ji dayik bûm";

  // Filler between cue and date: no digits, no line break, and no sentence end (a dot followed by a
  // space), so the appointment date of the next sentence is not taken for a birth date.
  private static final Pattern FILLER_THEN_DATE =
      Pattern.compile("(?:[^\\d\\n.!?]|\\.(?=\\S)){0,24}?(?<!\\d)("
          + NUMERIC_DATE
          + "|"
          + DAY_MONTH_YEAR
          + "|"
          + SPELLED_OUT_DATE
          + "|"
          + MONTH_DAY_YEAR
          + ")(?!\\d)");

  private static final Pattern DATE = Pattern.compile("(?<![\\d\\p{L}])("
      + NUMERIC_DATE
      + "|"
      + DAY_MONTH_YEAR
      + "|"
      + SPELLED_OUT_DATE
      + ")(?!\\d)");

  private static final int MAX_GAP_BEFORE_CUE = 30;
  private static final int LONGEST_DATE = 24;

  private static final CueIndex BEFORE = CueIndex.folded(CUES_BEFORE);
  private static final CueIndex AFTER = CueIndex.folded(CUES_AFTER);

  @Override
  public void detect(ScannedText text, List<Finding> findings) {
    if (text.numberStarts().length == 0) {
      return;
    }
    String s = text.folded();
    Matcher afterCue = FILLER_THEN_DATE.matcher(s).useTransparentBounds(true);
    BEFORE.forEach(text, (cueStart, cueEnd) -> {
      afterCue.region(cueEnd, s.length());
      if (afterCue.lookingAt()) {
        findings.add(new Finding(afterCue.start(1), afterCue.end(1), PiiKind.DATE_OF_BIRTH));
      }
    });
    Matcher beforeCue = DATE.matcher(s).useTransparentBounds(true);
    AFTER.forEach(text, (cueStart, cueEnd) -> {
      beforeCue.region(Math.max(0, cueStart - MAX_GAP_BEFORE_CUE - LONGEST_DATE), cueStart);
      while (beforeCue.find()) {
        if (onlyFillerBetween(s, beforeCue.end(1), cueStart)) {
          findings.add(new Finding(beforeCue.start(1), beforeCue.end(1), PiiKind.DATE_OF_BIRTH));
        }
      }
    });
  }

  private static boolean onlyFillerBetween(String s, int from, int to) {
    if (to - from > MAX_GAP_BEFORE_CUE) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (Chars.isDigit(c) || c == '\n' || c == '.' || c == '!' || c == '?') {
        return false;
      }
    }
    return true;
  }
}
