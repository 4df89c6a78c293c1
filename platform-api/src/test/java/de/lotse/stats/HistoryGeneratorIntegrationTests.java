package de.lotse.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lotse.shared.TenantScope;
import de.lotse.support.PlatformIntegrationTest;
import de.lotse.tenant.TenantService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The generator's history comes out of the real roll-up with the shape it promises. */
@PlatformIntegrationTest
class HistoryGeneratorIntegrationTests {

  @Autowired
  HistoryGenerator generator;

  @Autowired
  StatsService stats;

  @Autowired
  TenantService tenants;

  @Autowired
  Clock clock;

  @Autowired
  TenantScope scope;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void generatedHistoryShowsInTheFiguresWithItsDailyRhythmAndAllLanguages() {
    // This database persists: an earlier run's history began an hour or more earlier on the
    // range's first day, where --replace (which clears from this run's first hour) leaves it.
    for (String slug : List.of("rosenheim", "musterstadt", "augsburg")) {
      tenants
          .findBySlug(slug)
          .ifPresent(office -> scope.write(office.id(), () -> {
            jdbc.update("delete from chat_message where created_at > now() - interval '30 days'");
            jdbc.update("delete from stats_hourly where hour > now() - interval '30 days'");
            jdbc.update("delete from stats_daily where day > current_date - 30");
          }));
    }
    List<HistoryGenerator.Generated> generated =
        generator.generate(new HistoryGenerator.Options(3, 21, 120, 7, true));

    StatsRange range = StatsRange.of(
        LocalDate.now(clock.withZone(StatsRange.ZONE)).minusDays(22), null, "week", clock);
    PilotStatistics pilot = stats.pilot(
        generated.stream()
            .map(g -> tenants.findBySlug(g.office()).orElseThrow())
            .toList(),
        range);
    assertThat(generated)
        .extracting(HistoryGenerator.Generated::office)
        .containsExactly("rosenheim", "musterstadt", "augsburg");
    for (HistoryGenerator.Generated g : generated) {
      PilotStatistics.OfficeColumn column = pilot.offices().stream()
          .filter(o -> o.office().equals(g.office()))
          .findFirst()
          .orElseThrow();
      assertThat(column.totals().questions()).as(g.office()).isEqualTo(g.questions());
      assertThat(column.totals().conversations()).as(g.office()).isEqualTo(g.conversations());
    }
    Figures totals = pilot.totals();
    assertThat(pilot.languages()).hasSize(19);
    assertThat(pilot.languages().get(0).key()).isEqualTo("de");
    assertThat(totals.answerRate()).isBetween(0.55, 0.85);
    assertThat(totals.fallbackRate()).isBetween(0.1, 0.35);
    assertThat(totals.helpfulRate()).isBetween(0.6, 0.95);
    assertThat(totals.medianLatencyMs()).isBetween(2.0, 8.0);
    List<Long> byHour = pilot.load().byHourOfDay();
    long lateMorning = byHour.get(9) + byHour.get(10) + byHour.get(11);
    long night = byHour.get(2) + byHour.get(3) + byHour.get(4);
    assertThat(lateMorning).isGreaterThan(10 * night);
    assertThat(totals.outsideOfficeHoursShare()).isBetween(0.3, 0.9);
  }

  @Test
  void refusesToWriteOverAnExistingHistoryWithoutReplace() {
    generator.generate(new HistoryGenerator.Options(1, 2, 20, 1, true));

    assertThatThrownBy(() -> generator.generate(new HistoryGenerator.Options(1, 2, 20, 1, false)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("--replace");
  }
}
