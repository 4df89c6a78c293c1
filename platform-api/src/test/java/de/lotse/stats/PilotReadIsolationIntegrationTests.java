package de.lotse.stats;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.shared.TenantScope;
import de.lotse.support.PlatformIntegrationTest;
import de.lotse.support.TestOffices;
import de.lotse.tenant.TenantProfile;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ministry's read across offices ({@link TenantScope#readAcross}): row-level security shows it
 * the daily summaries and the topic index of the offices it names and nothing else (not even the
 * hourly rows with their entries), and the {@code pilot_read} policies are what show them
 * (dropped, the same query sees nothing).
 */
@PlatformIntegrationTest
class PilotReadIsolationIntegrationTests {

  @Autowired
  TestOffices offices;

  @Autowired
  TenantScope scope;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  HourlyRollup rollup;

  @Autowired
  PlatformTransactionManager transactions;

  TenantProfile officeA;
  TenantProfile officeB;

  @BeforeEach
  void twoOfficesWithHistory() {
    officeA = offices.createWithKnowledge("across-a", "kb/office-a.json");
    officeB = offices.createWithKnowledge("across-b", "kb/office-b.json");
    Instant yesterday = Instant.now().minus(1, ChronoUnit.DAYS);
    for (TenantProfile office : List.of(officeA, officeB)) {
      ChatRows rows = new ChatRows(scope, jdbc, office.id());
      rows.insert(yesterday, "de", "answer", "extend-permit", null, 3);
      rows.insert(
          yesterday,
          "de",
          "fallback",
          null,
          null,
          2,
          "Führerschein umschreiben",
          UUID.randomUUID(),
          true,
          null);
      rollup.rollUpChanges(office.id());
    }
  }

  @Test
  void seesTheDailySummariesAndTopicIndexOfTheNamedOfficesOnly() {
    Set<UUID> daily = Set.copyOf(scope.readAcross(
        List.of(officeA.id()),
        () -> jdbc.queryForList("select distinct tenant_id from stats_daily", UUID.class)));
    Set<UUID> topics = Set.copyOf(scope.readAcross(
        List.of(officeA.id(), officeB.id()),
        () ->
            jdbc.queryForList("select distinct tenant_id from stats_topic_question", UUID.class)));

    assertThat(daily).containsExactly(officeA.id());
    assertThat(topics).containsExactlyInAnyOrder(officeA.id(), officeB.id());
  }

  @Test
  void seesNoRawConversationNoEntriesNoKnowledgeNorAnyOtherOfficeTable() {
    List<UUID> both = List.of(officeA.id(), officeB.id());
    for (String table : List.of(
        "chat_message",
        "stats_hourly",
        "kb_entry",
        "kb_entry_revision",
        "audit_log",
        "feedback_question_group",
        "stats_rollup_state")) {
      Long rows = scope.readAcross(
          both, () -> jdbc.queryForObject("select count(*) from " + table, Long.class));

      assertThat(rows).as(table).isZero();
    }
  }

  @Test
  void withoutThePilotPolicyTheSameReadSeesNoAggregates() {
    TransactionTemplate rolledBack = new TransactionTemplate(transactions);
    Long rows = rolledBack.execute(status -> {
      status.setRollbackOnly();
      jdbc.execute("drop policy pilot_read on stats_daily");
      jdbc.queryForObject(
          "select set_config('app.pilot_tenants', ?, true)",
          String.class,
          "{" + officeA.id() + "}");
      return jdbc.queryForObject("select count(*) from stats_daily", Long.class);
    });
    Long withPolicy = scope.readAcross(
        List.of(officeA.id()),
        () -> jdbc.queryForObject("select count(*) from stats_daily", Long.class));

    assertThat(rows).isZero();
    assertThat(withPolicy).isPositive();
  }
}
