package de.lotse.feedback;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The group and language of each inbox question, once worked out ({@code
 * feedback_question_group}). Call only inside the office's {@code TenantScope}.
 */
@Component
class QuestionGroupAssignments {

  private final JdbcTemplate jdbc;

  QuestionGroupAssignments(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Where a question belongs. */
  record Assignment(String groupId, String language) {}

  Map<UUID, Assignment> all(UUID tenantId) {
    Map<UUID, Assignment> assignments = new HashMap<>();
    jdbc.query(
        "select message_id, group_id, language from feedback_question_group"
            + " where tenant_id = ?",
        row -> {
          assignments.put(
              row.getObject("message_id", UUID.class),
              new Assignment(row.getString("group_id"), row.getString("language")));
        },
        tenantId);
    return assignments;
  }

  /**
   * Keeps new assignments; one that another request stored meanwhile wins, and a question the
   * retention job has just deleted is skipped.
   */
  void add(UUID tenantId, Map<UUID, Assignment> assignments) {
    List<Map.Entry<UUID, Assignment>> rows = List.copyOf(assignments.entrySet());
    jdbc.batchUpdate("""
        insert into feedback_question_group (message_id, tenant_id, group_id, language)
        select ?, ?, ?, ? where exists (select 1 from chat_message where id = ?)
        on conflict (message_id) do nothing""", rows, 500, (ps, row) -> {
      ps.setObject(1, row.getKey());
      ps.setObject(2, tenantId);
      ps.setString(3, row.getValue().groupId());
      ps.setString(4, row.getValue().language());
      ps.setObject(5, row.getKey());
    });
  }
}
