package de.lotse.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lotse.shared.web.ApiProblem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class StatsRangeTests {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-29T22:30:00Z"), ZoneOffset.UTC);

  @Test
  void daysFollowBerlinTimeSoTheDayOfTheSpringChangeHas23Hours() {
    StatsRange range =
        StatsRange.of(LocalDate.parse("2026-03-29"), LocalDate.parse("2026-03-29"), "day", CLOCK);

    assertThat(range.start()).isEqualTo(Instant.parse("2026-03-28T23:00:00Z"));
    assertThat(Duration.between(range.start(), range.end())).hasHours(23);
  }

  @Test
  void theAutumnChangeDayHas25Hours() {
    StatsRange range =
        StatsRange.of(LocalDate.parse("2026-10-25"), LocalDate.parse("2026-10-25"), null, CLOCK);

    assertThat(Duration.between(range.start(), range.end())).hasHours(25);
  }

  @Test
  void weeksRunMondayToSundayAndCutPeriodsAreMarkedPartial() {
    StatsRange range =
        StatsRange.of(LocalDate.parse("2026-03-04"), LocalDate.parse("2026-03-17"), "week", CLOCK);

    assertThat(range.periods())
        .containsExactly(
            new StatsRange.Period(
                LocalDate.parse("2026-03-02"),
                LocalDate.parse("2026-03-04"),
                LocalDate.parse("2026-03-08"),
                true),
            new StatsRange.Period(
                LocalDate.parse("2026-03-09"),
                LocalDate.parse("2026-03-09"),
                LocalDate.parse("2026-03-15"),
                false),
            new StatsRange.Period(
                LocalDate.parse("2026-03-16"),
                LocalDate.parse("2026-03-16"),
                LocalDate.parse("2026-03-17"),
                true));
  }

  @Test
  void withoutDatesTheLast30DaysUpToTodayInBerlin() {
    StatsRange range = StatsRange.of(null, null, "month", CLOCK);

    // 22:30 UTC on 29 March is already 30 March in Berlin (summer time).
    assertThat(range.to()).isEqualTo(LocalDate.parse("2026-03-30"));
    assertThat(range.from()).isEqualTo(LocalDate.parse("2026-03-01"));
  }

  @Test
  void refusesReversedRangesAndUnknownGranularityNamingTheField() {
    assertThatThrownBy(() -> StatsRange.of(
            LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-01"), null, CLOCK))
        .isInstanceOfSatisfying(
            ApiProblem.class,
            p -> assertThat(p.errors()).first().hasFieldOrPropertyWithValue("field", "from"));
    assertThatThrownBy(() -> StatsRange.of(null, null, "year", CLOCK))
        .isInstanceOfSatisfying(
            ApiProblem.class,
            p ->
                assertThat(p.errors()).first().hasFieldOrPropertyWithValue("field", "granularity"));
  }
}
