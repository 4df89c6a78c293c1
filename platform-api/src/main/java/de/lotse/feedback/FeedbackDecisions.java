package de.lotse.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The decisions table ({@code feedback_group_decision}). Call only inside the office's {@code
 * TenantScope}: row-level security shows nothing else.
 */
@Component
class FeedbackDecisions {

  private static final String COLUMNS =
      "group_id, status, action, entry_key, language," + " decided_at, decided_by";

  private final JdbcTemplate jdbc;

  FeedbackDecisions(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Map<String, FeedbackDecision> all(UUID tenantId) {
    Map<String, FeedbackDecision> decisions = new HashMap<>();
    jdbc.query(
        "select " + COLUMNS + " from feedback_group_decision where tenant_id = ?",
        row -> {
          decisions.put(row.getString("group_id"), decision(row));
        },
        tenantId);
    return decisions;
  }

  Optional<FeedbackDecision> find(UUID tenantId, String groupId) {
    return jdbc
        .query(
            "select " + COLUMNS + " from feedback_group_decision"
                + " where tenant_id = ? and group_id = ?",
            (row, i) -> decision(row),
            tenantId,
            groupId)
        .stream()
        .findFirst();
  }

  /** Replaces the group's decision: the latest one counts. */
  void save(UUID tenantId, String groupId, FeedbackDecision decision) {
    jdbc.update(
        """
        insert into feedback_group_decision
               (tenant_id, group_id, status, action, entry_key, language, decided_at, decided_by)
        values (?, ?, ?, ?, ?, ?, ?, ?)
        on conflict (tenant_id, group_id) do update
           set status = excluded.status, action = excluded.action,
               entry_key = excluded.entry_key, language = excluded.language,
               decided_at = excluded.decided_at, decided_by = excluded.decided_by""",
        tenantId,
        groupId,
        decision.status().value(),
        decision.action(),
        decision.entryKey(),
        decision.language(),
        Timestamp.from(decision.at()),
        decision.by());
  }

  boolean delete(UUID tenantId, String groupId) {
    return jdbc.update(
            "delete from feedback_group_decision where tenant_id = ? and group_id = ?",
            tenantId,
            groupId)
        > 0;
  }

  private static FeedbackDecision decision(ResultSet row) throws SQLException {
    return new FeedbackDecision(
        FeedbackStatus.valueOf(row.getString("status").toUpperCase(java.util.Locale.ROOT)),
        row.getString("action"),
        row.getString("entry_key"),
        row.getString("language"),
        row.getTimestamp("decided_at").toInstant(),
        row.getString("decided_by"));
  }
}
