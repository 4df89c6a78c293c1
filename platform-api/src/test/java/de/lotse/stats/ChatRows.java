package de.lotse.stats;

import de.lotse.shared.TenantScope;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writes conversation-log rows as the chat's log writer would, for statistics tests. */
final class ChatRows {

  private final TenantScope scope;
  private final JdbcTemplate jdbc;
  private final UUID tenantId;

  ChatRows(TenantScope scope, JdbcTemplate jdbc, UUID tenantId) {
    this.scope = scope;
    this.jdbc = jdbc;
    this.tenantId = tenantId;
  }

  /** One row; {@code opens} marks the first question of its conversation. */
  UUID insert(
      Instant at,
      String language,
      String type,
      String entryKey,
      Boolean helpful,
      double latencyMs,
      String question,
      UUID conversation,
      boolean opens,
      String comment) {
    UUID id = UUID.randomUUID();
    scope.write(
        tenantId,
        () -> jdbc.update(
            """
        insert into chat_message (id, tenant_id, conversation_id, created_at, language, type,
                                  entry_key, score, latency_ms, question, helpful,
                                  feedback_comment, feedback_at, opens_conversation)
        values (?, ?, ?, ?, ?, ?, ?, 0.5, ?, ?, ?, ?, ?, ?)""",
            id,
            tenantId,
            conversation,
            Timestamp.from(at),
            language,
            type,
            entryKey,
            latencyMs,
            question,
            helpful,
            comment,
            helpful == null ? null : Timestamp.from(at.plusSeconds(30)),
            opens));
    return id;
  }

  /** A one-question conversation. */
  UUID insert(
      Instant at,
      String language,
      String type,
      String entryKey,
      Boolean helpful,
      double latencyMs) {
    return insert(
        at, language, type, entryKey, helpful, latencyMs, "Frage", UUID.randomUUID(), true, null);
  }
}
