package de.lotse.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfficeHoursTests {

  @Test
  void readsRosenheimsOpeningHoursWithAnAfternoonOnThursday() {
    OfficeHours hours = OfficeHours.of("Mo–Fr 8:00–12:00, Do 14:00–17:30 (nur mit Termin)");

    assertThat(hours.source()).isEqualTo(OfficeHours.Source.OPENING_HOURS);
    assertThat(openOn(hours, DayOfWeek.MONDAY)).containsExactly(8, 9, 10, 11);
    // 17:00–17:30 is half of the hour: counted as open.
    assertThat(openOn(hours, DayOfWeek.THURSDAY)).containsExactly(8, 9, 10, 11, 14, 15, 16, 17);
    assertThat(openOn(hours, DayOfWeek.SATURDAY)).isEmpty();
  }

  @Test
  void readsListsOfDaysAndIgnoresLabelsBetweenGroups() {
    OfficeHours hours =
        OfficeHours.of("Mo, Di, Fr 8:00–12:00; Servicepoint ohne Termin: Do 13:00–16:00");

    assertThat(openOn(hours, DayOfWeek.TUESDAY)).containsExactly(8, 9, 10, 11);
    assertThat(openOn(hours, DayOfWeek.WEDNESDAY)).isEmpty();
    assertThat(openOn(hours, DayOfWeek.THURSDAY)).containsExactly(13, 14, 15);
  }

  @Test
  void readsWholeHoursAndDayNamesWrittenOut() {
    OfficeHours hours = OfficeHours.of("Montag bis Donnerstag 7.30 - 15.30 Uhr, Freitag 8-12");

    assertThat(openOn(hours, DayOfWeek.WEDNESDAY)).containsExactly(7, 8, 9, 10, 11, 12, 13, 14, 15);
    assertThat(openOn(hours, DayOfWeek.FRIDAY)).containsExactly(8, 9, 10, 11);
  }

  @Test
  void fallsBackToMondayToFridayEightToFourWithoutReadableHours() {
    for (String text : new String[] {null, "", "nach Vereinbarung", "8–12 Uhr"}) {
      OfficeHours hours = OfficeHours.of(text);

      assertThat(hours.source()).as(text).isEqualTo(OfficeHours.Source.DEFAULT);
      assertThat(openOn(hours, DayOfWeek.FRIDAY)).containsExactly(8, 9, 10, 11, 12, 13, 14, 15);
      assertThat(openOn(hours, DayOfWeek.SUNDAY)).isEmpty();
    }
  }

  @Test
  void theFlagsForSqlHaveOneLetterPerHourOfTheWeekMondayMidnightFirst() {
    String flags = OfficeHours.of("Mo 0-1, So 23-24").flags();

    assertThat(flags).hasSize(168).startsWith("tf").endsWith("ft");
    assertThat(flags.chars().filter(c -> c == 't').count()).isEqualTo(2);
  }

  private static List<Integer> openOn(OfficeHours hours, DayOfWeek day) {
    return hours.week().get(day.getValue() - 1).hours();
  }
}
