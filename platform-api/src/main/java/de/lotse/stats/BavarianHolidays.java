package de.lotse.stats;

import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public holidays of Bavaria, on which every office of the pilot is closed all day: questions
 * asked then count as outside office hours.
 *
 * <p>Nationwide: New Year's Day, Good Friday, Easter Monday, Labour Day (1 May), Ascension Day,
 * Whit Monday, German Unity Day (3 October), Christmas Day and St Stephen's Day. Bavarian:
 * Epiphany (6 January), Corpus Christi, Assumption Day (15 August) and All Saints' Day (1
 * November). Assumption Day is by law a holiday only in the Bavarian municipalities with a mainly
 * Catholic population (most of them); it is counted statewide here, a simplification. Not
 * counted: the Augsburg Peace Festival (8 August, the city of Augsburg only) and the one-off
 * Reformation Day of 2017. Easter Sunday and Whit Sunday are Sundays anyway.
 *
 * <p>The movable feasts follow Easter Sunday, computed with the anonymous Gregorian algorithm
 * (Meeus/Jones/Butcher): Good Friday is Easter − 2 days, Easter Monday + 1, Ascension + 39,
 * Whit Monday + 50, Corpus Christi + 60.
 */
public final class BavarianHolidays {

  private static final Map<Integer, Map<LocalDate, String>> BY_YEAR = new ConcurrentHashMap<>();

  private BavarianHolidays() {}

  /** Whether the day (in Europe/Berlin) is a public holiday in Bavaria. */
  public static boolean isHoliday(LocalDate day) {
    return of(day.getYear()).containsKey(day);
  }

  /** The year's holidays in date order, each with its German name. */
  public static Map<LocalDate, String> of(int year) {
    return BY_YEAR.computeIfAbsent(year, BavarianHolidays::compute);
  }

  /** Easter Sunday of a year of the Gregorian calendar. */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }

  /** Two feasts can fall on one day (Ascension on 1 May in 2008): the day keeps both names. */
  private static void add(Map<LocalDate, String> days, LocalDate day, String name) {
    days.merge(day, name, (first, second) -> first + ", " + second);
  }

  private static Map<LocalDate, String> compute(int year) {
    LocalDate easter = easterSunday(year);
    Map<LocalDate, String> days = new TreeMap<>();
    add(days, LocalDate.of(year, Month.JANUARY, 1), "Neujahr");
    add(days, LocalDate.of(year, Month.JANUARY, 6), "Heilige Drei Könige");
    add(days, easter.minusDays(2), "Karfreitag");
    add(days, easter.plusDays(1), "Ostermontag");
    add(days, LocalDate.of(year, Month.MAY, 1), "Tag der Arbeit");
    add(days, easter.plusDays(39), "Christi Himmelfahrt");
    add(days, easter.plusDays(50), "Pfingstmontag");
    add(days, easter.plusDays(60), "Fronleichnam");
    add(days, LocalDate.of(year, Month.AUGUST, 15), "Mariä Himmelfahrt");
    add(days, LocalDate.of(year, Month.OCTOBER, 3), "Tag der Deutschen Einheit");
    add(days, LocalDate.of(year, Month.NOVEMBER, 1), "Allerheiligen");
    add(days, LocalDate.of(year, Month.DECEMBER, 25), "1. Weihnachtstag");
    add(days, LocalDate.of(year, Month.DECEMBER, 26), "2. Weihnachtstag");
    return Collections.unmodifiableMap(days);
  }
}
