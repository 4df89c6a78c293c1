package de.lotse.chat;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.shared.TenantScope;
import de.lotse.support.PlatformIntegrationTest;
import de.lotse.support.TestOffices;
import de.lotse.tenant.TenantProfile;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PlatformIntegrationTest
class RetentionIntegrationTests {

  @Autowired
  TestOffices offices;

  @Autowired
  TenantScope scope;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  RetentionJob retention;

  @Test
  void purgesRowsOlderThanTheCutoffAndKeepsTheirCountsAsHourlyAggregates() {
    TenantProfile office = offices.create("retention", List.of());
    Instant now = Instant.now();
    Instant old = Instant.parse("2026-01-10T10:00:00Z");
    insert(office, old, "answer", "extend-permit", true);
    insert(office, old.plusSeconds(60), "answer", "extend-permit", false);
    insert(office, old.plusSeconds(120), "fallback", null, null);
    insert(office, now, "answer", "extend-permit", true);

    retention.purgeOlderThan(now.minus(90, ChronoUnit.DAYS));
    int purgedAgain = retention.purgeOlderThan(now.minus(90, ChronoUnit.DAYS));

    List<Map<String, Object>> remaining =
        scope.read(office.id(), () -> jdbc.queryForList("select created_at from chat_message"));
    // The statistics roll the doomed hours up before they go (see stats.HourlyRollup).
    List<Map<String, Object>> totals = scope.read(
        office.id(),
        () -> jdbc.queryForList(
            "select hour::text as hour, decision, entry_key, questions, helpful, unhelpful"
                + " from stats_hourly order by decision"));
    assertThat(remaining).hasSize(1);
    assertThat(purgedAgain).isZero();
    assertThat(totals)
        .containsExactly(
            Map.of(
                "hour",
                "2026-01-10 10:00:00+00",
                "decision",
                "answer",
                "entry_key",
                "extend-permit",
                "questions",
                2,
                "helpful",
                1,
                "unhelpful",
                1),
            Map.of(
                "hour",
                "2026-01-10 10:00:00+00",
                "decision",
                "fallback",
                "entry_key",
                "",
                "questions",
                1,
                "helpful",
                0,
                "unhelpful",
                0));
  }

  private void insert(
      TenantProfile office, Instant at, String type, String entryKey, Boolean helpful) {
    scope.write(
        office.id(),
        () -> jdbc.update(
            """
        insert into chat_message (id, tenant_id, conversation_id, created_at, language, type,
                                  entry_key, score, latency_ms, question, helpful)
        values (?, ?, ?, ?, 'de', ?, ?, 0.9, 3.0, 'Frage', ?)""",
            UUID.randomUUID(),
            office.id(),
            UUID.randomUUID(),
            Timestamp.from(at),
            type,
            entryKey,
            helpful));
  }
}
