package de.lotse.stats;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When an office is open, at the hourly resolution of the aggregates: the base of "how much
 * happens outside office hours", the pilot's main promise.
 *
 * <p>Taken from the office's handoff opening hours when they read as day and time ranges, e.g.
 * "Mo–Fr 8:00–12:00, Do 14:00–17:30 (nur mit Termin)" or "Mo, Di, Fr 8–12; Servicepoint: Do
 * 13–16": day names (German or English, abbreviated or not) or day ranges, each followed by one
 * or more time ranges; other words and anything in brackets are ignored. Text without any such
 * pair ("nach Vereinbarung") gives the default, Monday to Friday 8:00–16:00. An hour counts as
 * open when at least half of it lies within the opening hours. Public holidays are not part of
 * this weekly pattern: the figures count them as closed all day ({@link BavarianHolidays}).
 */
public final class OfficeHours {

  /** Where the hours came from: the office's own opening hours, or the documented default. */
  public enum Source {
    OPENING_HOURS,
    DEFAULT
  }

  private static final Map<String, DayOfWeek> DAYS = Map.ofEntries(
      Map.entry("mo", DayOfWeek.MONDAY), Map.entry("montag", DayOfWeek.MONDAY),
      Map.entry("mon", DayOfWeek.MONDAY), Map.entry("monday", DayOfWeek.MONDAY),
      Map.entry("di", DayOfWeek.TUESDAY), Map.entry("dienstag", DayOfWeek.TUESDAY),
      Map.entry("tue", DayOfWeek.TUESDAY), Map.entry("tuesday", DayOfWeek.TUESDAY),
      Map.entry("mi", DayOfWeek.WEDNESDAY), Map.entry("mittwoch", DayOfWeek.WEDNESDAY),
      Map.entry("wed", DayOfWeek.WEDNESDAY), Map.entry("wednesday", DayOfWeek.WEDNESDAY),
      Map.entry("do", DayOfWeek.THURSDAY), Map.entry("donnerstag", DayOfWeek.THURSDAY),
      Map.entry("thu", DayOfWeek.THURSDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
      Map.entry("fr", DayOfWeek.FRIDAY), Map.entry("freitag", DayOfWeek.FRIDAY),
      Map.entry("fri", DayOfWeek.FRIDAY), Map.entry("friday", DayOfWeek.FRIDAY),
      Map.entry("sa", DayOfWeek.SATURDAY), Map.entry("samstag", DayOfWeek.SATURDAY),
      Map.entry("sat", DayOfWeek.SATURDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
      Map.entry("so", DayOfWeek.SUNDAY), Map.entry("sonntag", DayOfWeek.SUNDAY),
      Map.entry("sun", DayOfWeek.SUNDAY), Map.entry("sunday", DayOfWeek.SUNDAY));

  // Longest names first, so that "Montag" is not read as "Mo" followed by "ntag".
  private static final String DAY = "(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|"
      + "Sonntag|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|"
      + "Sat|Sun|Mo|Di|Mi|Do|Fr|Sa|So)\\.?";
  private static final String DASH = "\\s*(?:[-–—]|bis|to)\\s*";
  private static final String TIME = "(\\d{1,2})(?:[:.](\\d{2}))?\\s*(?:Uhr|h)?";
  private static final Pattern TOKEN = Pattern.compile("(?<![\\p{L}\\d])(?:" + DAY + "(?:" + DASH
      + DAY + ")?" + "|" + TIME + DASH + TIME + ")(?![\\p{L}\\d])");
  private static final Pattern BRACKETS = Pattern.compile("\\([^)]*\\)|\\[[^]]*]");

  private static final OfficeHours DEFAULT = defaultHours();

  private final boolean[] open; // index: (day of week - 1) * 24 + hour of day
  private final Source source;

  private OfficeHours(boolean[] open, Source source) {
    this.open = open;
    this.source = source;
  }

  /** The office's hours from its opening-hours text, else the default. */
  public static OfficeHours of(String openingHours) {
    OfficeHours parsed = parse(openingHours);
    return parsed == null ? DEFAULT : parsed;
  }

  public static OfficeHours defaults() {
    return DEFAULT;
  }

  public Source source() {
    return source;
  }

  public boolean isOpen(DayOfWeek day, int hour) {
    return open[(day.getValue() - 1) * 24 + hour];
  }

  /** For SQL: 168 letters, {@code t} for an open hour and {@code f} for a closed one, Monday 0:00 first. */
  String flags() {
    StringBuilder out = new StringBuilder(open.length);
    for (boolean hour : open) {
      out.append(hour ? 't' : 'f');
    }
    return out.toString();
  }

  /** The open hours of each day, Monday first, e.g. {@code [8, 9, 10, 11]}. */
  public List<DayHours> week() {
    List<DayHours> week = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      List<Integer> hours = new ArrayList<>();
      for (int hour = 0; hour < 24; hour++) {
        if (isOpen(day, hour)) {
          hours.add(hour);
        }
      }
      week.add(new DayHours(day.name().toLowerCase(Locale.ROOT), hours));
    }
    return week;
  }

  /** Null when the text holds no day with a time range, or something in it makes no sense. */
  static OfficeHours parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    int[] minutes = new int[7 * 24]; // minutes open within each hour of the week
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    boolean daysUsed = false;
    boolean any = false;
    Matcher m = TOKEN.matcher(BRACKETS.matcher(text).replaceAll(" "));
    while (m.find()) {
      if (m.group(1) != null) {
        if (daysUsed) {
          days.clear(); // days after a time range start the next group
          daysUsed = false;
        }
        DayOfWeek first = DAYS.get(m.group(1).toLowerCase(Locale.ROOT));
        DayOfWeek last = m.group(2) == null ? first : DAYS.get(m.group(2).toLowerCase(Locale.ROOT));
        for (DayOfWeek d = first; ; d = d.plus(1)) {
          days.add(d);
          if (d == last) {
            break;
          }
        }
      } else {
        int from = minuteOfDay(m.group(3), m.group(4));
        int to = minuteOfDay(m.group(5), m.group(6));
        if (days.isEmpty() || from < 0 || to < 0 || to <= from) {
          return null;
        }
        for (DayOfWeek day : days) {
          for (int minute = from; minute < to; minute++) {
            minutes[(day.getValue() - 1) * 24 + minute / 60]++;
          }
        }
        daysUsed = true;
        any = true;
      }
    }
    if (!any) {
      return null;
    }
    boolean[] open = new boolean[minutes.length];
    for (int i = 0; i < minutes.length; i++) {
      open[i] = minutes[i] >= 30;
    }
    return new OfficeHours(open, Source.OPENING_HOURS);
  }

  private static int minuteOfDay(String hours, String minutes) {
    int h = Integer.parseInt(hours);
    int m = minutes == null ? 0 : Integer.parseInt(minutes);
    if (h > 24 || m > 59 || h == 24 && m > 0) {
      return -1;
    }
    return h * 60 + m;
  }

  private static OfficeHours defaultHours() {
    boolean[] open = new boolean[7 * 24];
    for (int day = 0; day < 5; day++) {
      for (int hour = 8; hour < 16; hour++) {
        open[day * 24 + hour] = true;
      }
    }
    return new OfficeHours(open, Source.DEFAULT);
  }

  /** @param weekday e.g. {@code monday} */
  public record DayHours(String weekday, List<Integer> hours) {}
}
