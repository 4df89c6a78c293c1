package de.lotse.chat;

import de.lotse.shared.TenantScope;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the questions of the conversation log that the feedback inbox shows: unhelpful-rated
 * answers and fallbacks. They are read from the log itself, so they go with it when the retention
 * job purges it; nothing of a citizen's text is copied elsewhere.
 */
@Component
public class FeedbackItems {

  private static final String SELECT = """
      select id, created_at, language, type, entry_key, question, helpful, feedback_comment
        from chat_message
       where tenant_id = ? and (helpful = false or type = 'fallback')
         and created_at >= ? and created_at < ?
       order by created_at desc
       limit ?""";

  private final TenantScope scope;
  private final JdbcTemplate jdbc;

  FeedbackItems(TenantScope scope, JdbcTemplate jdbc) {
    this.scope = scope;
    this.jdbc = jdbc;
  }

  /** The newest {@code limit} items asked in {@code [from, to)}, newest first. */
  public List<FeedbackItem> between(UUID tenantId, Instant from, Instant to, int limit) {
    return scope.read(
        tenantId,
        () -> jdbc.query(
            SELECT,
            (row, i) -> new FeedbackItem(
                row.getObject("id", UUID.class),
                row.getTimestamp("created_at").toInstant(),
                row.getString("language"),
                row.getString("type"),
                row.getString("entry_key"),
                row.getString("question"),
                (Boolean) row.getObject("helpful"),
                row.getString("feedback_comment")),
            tenantId,
            Timestamp.from(from),
            Timestamp.from(to),
            limit));
  }
}
