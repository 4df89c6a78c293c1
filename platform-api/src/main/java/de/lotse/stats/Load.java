package de.lotse.stats;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * When citizens ask, in Europe/Berlin local time, and how much of it falls outside office hours
 * (closed hours of the week, and all of a Bavarian public holiday).
 *
 * @param byWeekday Monday first, each with its questions per hour of day (0–23)
 * @param byHourOfDay questions per hour of day over all weekdays
 * @param officeHours the hours counted as open; null for the pilot, where each office's own count
 */
public record Load(
    List<WeekdayLoad> byWeekday,
    List<Long> byHourOfDay,
    OfficeHoursInfo officeHours,
    long outsideOfficeHours,
    Double outsideOfficeHoursShare) {

  static Load of(long[][] matrix, OfficeHoursInfo officeHours, long outside) {
    List<WeekdayLoad> days = new ArrayList<>();
    long[] byHour = new long[24];
    long total = 0;
    for (DayOfWeek day : DayOfWeek.values()) {
      long[] hours = matrix[day.getValue() - 1];
      for (int h = 0; h < 24; h++) {
        byHour[h] += hours[h];
      }
      long dayTotal = Arrays.stream(hours).sum();
      total += dayTotal;
      days.add(new WeekdayLoad(
          day.name().toLowerCase(Locale.ROOT), Arrays.stream(hours).boxed().toList(), dayTotal));
    }
    return new Load(
        days,
        Arrays.stream(byHour).boxed().toList(),
        officeHours,
        outside,
        Tally.rate(outside, total));
  }

  public record WeekdayLoad(String weekday, List<Long> hours, long questions) {}

  /**
   * @param source {@code opening-hours} (read from the office's handoff opening hours) or
   *     {@code default} (Monday to Friday 8:00–16:00)
   * @param week the hours counted as open, per weekday
   * @param holidays the range's Bavarian public holidays, closed all day
   */
  public record OfficeHoursInfo(
      String source, List<OfficeHours.DayHours> week, List<Holiday> holidays) {

    static OfficeHoursInfo of(OfficeHours hours, StatsRange range) {
      return new OfficeHoursInfo(
          hours.source() == OfficeHours.Source.DEFAULT ? "default" : "opening-hours",
          hours.week(),
          Holiday.in(range));
    }
  }

  /** A public holiday: {@code name} in German, e.g. "Fronleichnam". */
  public record Holiday(LocalDate date, String name) {

    static List<Holiday> in(StatsRange range) {
      List<Holiday> holidays = new ArrayList<>();
      for (int year = range.from().getYear(); year <= range.to().getYear(); year++) {
        BavarianHolidays.of(year).forEach((day, name) -> {
          if (!day.isBefore(range.from()) && !day.isAfter(range.to())) {
            holidays.add(new Holiday(day, name));
          }
        });
      }
      return holidays;
    }
  }
}
