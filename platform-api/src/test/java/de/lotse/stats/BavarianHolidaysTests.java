package de.lotse.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BavarianHolidaysTests {

  @Test
  void easterSundayFollowsTheGregorianComputus() {
    Map<Integer, String> easter = Map.of(
        2008,
        "2008-03-23",
        2019,
        "2019-04-21",
        2024,
        "2024-03-31",
        2025,
        "2025-04-20",
        2026,
        "2026-04-05",
        2027,
        "2027-03-28",
        2038,
        "2038-04-25",
        2285,
        "2285-03-22");

    easter.forEach((year, day) -> assertThat(BavarianHolidays.easterSunday(year))
        .as("%d", year)
        .isEqualTo(LocalDate.parse(day)));
  }

  @Test
  void listsTheNationwideAndBavarianHolidaysOf2026() {
    assertThat(BavarianHolidays.of(2026))
        .containsExactly(
            Map.entry(LocalDate.parse("2026-01-01"), "Neujahr"),
            Map.entry(LocalDate.parse("2026-01-06"), "Heilige Drei Könige"),
            Map.entry(LocalDate.parse("2026-04-03"), "Karfreitag"),
            Map.entry(LocalDate.parse("2026-04-06"), "Ostermontag"),
            Map.entry(LocalDate.parse("2026-05-01"), "Tag der Arbeit"),
            Map.entry(LocalDate.parse("2026-05-14"), "Christi Himmelfahrt"),
            Map.entry(LocalDate.parse("2026-05-25"), "Pfingstmontag"),
            Map.entry(LocalDate.parse("2026-06-04"), "Fronleichnam"),
            Map.entry(LocalDate.parse("2026-08-15"), "Mariä Himmelfahrt"),
            Map.entry(LocalDate.parse("2026-10-03"), "Tag der Deutschen Einheit"),
            Map.entry(LocalDate.parse("2026-11-01"), "Allerheiligen"),
            Map.entry(LocalDate.parse("2026-12-25"), "1. Weihnachtstag"),
            Map.entry(LocalDate.parse("2026-12-26"), "2. Weihnachtstag"));
  }

  @Test
  void movableFeastsOfOtherYearsFollowTheirEaster() {
    assertThat(BavarianHolidays.of(2024))
        .containsKeys(
            LocalDate.parse("2024-03-29"),
            LocalDate.parse("2024-04-01"),
            LocalDate.parse("2024-05-09"),
            LocalDate.parse("2024-05-20"),
            LocalDate.parse("2024-05-30"));
    assertThat(BavarianHolidays.of(2025))
        .containsKeys(
            LocalDate.parse("2025-04-18"),
            LocalDate.parse("2025-04-21"),
            LocalDate.parse("2025-05-29"),
            LocalDate.parse("2025-06-09"),
            LocalDate.parse("2025-06-19"));
    assertThat(BavarianHolidays.of(2027))
        .containsKeys(
            LocalDate.parse("2027-03-26"),
            LocalDate.parse("2027-03-29"),
            LocalDate.parse("2027-05-06"),
            LocalDate.parse("2027-05-17"),
            LocalDate.parse("2027-05-27"));
    for (int year = 2020; year <= 2040; year++) {
      assertThat(BavarianHolidays.of(year)).as("%d", year).hasSize(13);
    }
  }

  @Test
  void twoFeastsOnOneDayKeepBothNames() {
    assertThat(BavarianHolidays.of(2008))
        .hasSize(12)
        .containsEntry(LocalDate.parse("2008-05-01"), "Tag der Arbeit, Christi Himmelfahrt");
  }

  @Test
  void ordinaryDaysSundaysAndOtherStatesHolidaysAreNotHolidays() {
    assertThat(BavarianHolidays.isHoliday(LocalDate.parse("2026-06-04"))).isTrue();
    assertThat(BavarianHolidays.isHoliday(LocalDate.parse("2026-06-03"))).isFalse();
    assertThat(BavarianHolidays.isHoliday(LocalDate.parse("2026-04-05"))).isFalse(); // Easter
    assertThat(BavarianHolidays.isHoliday(LocalDate.parse("2026-10-31"))).isFalse(); // Reformation
    assertThat(BavarianHolidays.isHoliday(LocalDate.parse("2026-11-18"))).isFalse(); // Repentance
    assertThat(BavarianHolidays.isHoliday(LocalDate.parse("2026-08-08"))).isFalse(); // Augsburg
  }
}
