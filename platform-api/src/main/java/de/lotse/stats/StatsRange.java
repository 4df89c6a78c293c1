package de.lotse.stats;

import de.lotse.shared.web.ApiProblem;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The calendar days a statistic covers, both ends included, and how they are cut into periods.
 * Days, weeks (Monday to Sunday) and months are those of Europe/Berlin, so a day is 23, 24 or 25
 * hours long; the first and last period are cut to the range and marked partial.
 */
public record StatsRange(LocalDate from, LocalDate to, Granularity granularity) {

  public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
  static final int MAX_DAYS = 3 * 366 + 1;

  public enum Granularity {
    DAY,
    WEEK,
    MONTH;

    /** The name PostgreSQL's {@code date_trunc} and the API use. */
    public String apiName() {
      return name().toLowerCase(Locale.ROOT);
    }

    LocalDate startOf(LocalDate day) {
      return switch (this) {
        case DAY -> day;
        case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        case MONTH -> day.withDayOfMonth(1);
      };
    }

    LocalDate next(LocalDate start) {
      return switch (this) {
        case DAY -> start.plusDays(1);
        case WEEK -> start.plusWeeks(1);
        case MONTH -> start.plusMonths(1);
      };
    }

    static Granularity parse(String value) {
      if (value == null || value.isBlank()) {
        return DAY;
      }
      for (Granularity g : values()) {
        if (g.apiName().equals(value.trim().toLowerCase(Locale.ROOT))) {
          return g;
        }
      }
      throw ApiProblem.invalidField("granularity", "use day, week or month");
    }
  }

  /**
   * The range a request asks for. Without {@code to}: today; without {@code from}: the 30 days up
   * to {@code to}.
   */
  public static StatsRange of(LocalDate from, LocalDate to, String granularity, Clock clock) {
    LocalDate end = to != null ? to : LocalDate.now(clock.withZone(ZONE));
    LocalDate start = from != null ? from : end.minusDays(29);
    if (start.isAfter(end)) {
      throw ApiProblem.invalidField("from", "must not be after to (" + end + ")");
    }
    if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
      throw ApiProblem.invalidField("from", "the range may cover at most " + MAX_DAYS + " days");
    }
    return new StatsRange(start, end, Granularity.parse(granularity));
  }

  /** A whole calendar month, in months. */
  public static StatsRange month(YearMonth month) {
    return new StatsRange(month.atDay(1), month.atEndOfMonth(), Granularity.MONTH);
  }

  /** The first instant of the range. */
  public Instant start() {
    return from.atStartOfDay(ZONE).toInstant();
  }

  /** The first instant after the range. */
  public Instant end() {
    return to.plusDays(1).atStartOfDay(ZONE).toInstant();
  }

  /** The periods in order; {@code key} is where {@code date_trunc} puts their days. */
  public List<Period> periods() {
    List<Period> periods = new ArrayList<>();
    for (LocalDate key = granularity.startOf(from); !key.isAfter(to); key = granularity.next(key)) {
      LocalDate first = key.isBefore(from) ? from : key;
      LocalDate last = granularity.next(key).minusDays(1);
      boolean partial = key.isBefore(from) || last.isAfter(to);
      periods.add(new Period(key, first, last.isAfter(to) ? to : last, partial));
    }
    return periods;
  }

  /** @param start first day in the range; @param end last day in the range (included) */
  public record Period(LocalDate key, LocalDate start, LocalDate end, boolean partial) {}
}
