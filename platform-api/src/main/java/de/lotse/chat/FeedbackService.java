package de.lotse.chat;

import de.lotse.privacy.PiiScrubber;
import de.lotse.shared.TenantScope;
import de.lotse.shared.web.ApiProblem;
import de.lotse.shared.web.ProblemType;
import de.lotse.tenant.TenantProfile;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Records a citizen's rating of an answer on the logged message, the comment scrubbed. */
@Service
public class FeedbackService {

  static final int MAX_COMMENT_LENGTH = 2_000;

  private final TenantScope scope;
  private final JdbcTemplate jdbc;
  private final MessageLog messageLog;
  private final PiiScrubber scrubber;
  private final ChatMetrics metrics;
  private final Clock clock;

  FeedbackService(
      TenantScope scope,
      JdbcTemplate jdbc,
      MessageLog messageLog,
      PiiScrubber scrubber,
      ChatMetrics metrics,
      Clock clock) {
    this.scope = scope;
    this.jdbc = jdbc;
    this.messageLog = messageLog;
    this.scrubber = scrubber;
    this.metrics = metrics;
    this.clock = clock;
  }

  public void rate(TenantProfile tenant, UUID messageId, boolean helpful, String rawComment) {
    String comment = ChatService.clean(rawComment);
    if (comment.length() > MAX_COMMENT_LENGTH) {
      throw ApiProblem.invalidField(
          "comment", "is too long (at most " + MAX_COMMENT_LENGTH + " characters)");
    }
    String scrubbed = comment.isEmpty() ? null : scrubber.scrub(comment).text();
    Optional<PreviousRating> previous = store(tenant.id(), messageId, helpful, scrubbed);
    if (previous.isEmpty()) {
      // The message may still wait in the log writer's queue: write it and try once more.
      messageLog.flush();
      previous = store(tenant.id(), messageId, helpful, scrubbed);
    }
    PreviousRating before = previous.orElseThrow(() -> new ApiProblem(
        ProblemType.MESSAGE_NOT_FOUND,
        "This office has no message with this id (it may have"
            + " been deleted after the retention period)."));
    // A comment sent after the rating repeats it: count each rating once.
    if (!Boolean.valueOf(helpful).equals(before.helpful())) {
      metrics.feedback(tenant.slug(), helpful);
    }
  }

  /** Stores the rating; empty when the office has no such message. */
  private Optional<PreviousRating> store(
      UUID tenantId, UUID messageId, boolean helpful, String comment) {
    return scope.write(tenantId, () -> {
      List<Boolean> before = jdbc.query(
          "select helpful from chat_message where id = ? and tenant_id = ? for update",
          (row, i) -> (Boolean) row.getObject(1),
          messageId,
          tenantId);
      if (before.isEmpty()) {
        return Optional.<PreviousRating>empty();
      }
      jdbc.update("""
          update chat_message set helpful = ?, feedback_comment = ?, feedback_at = ?
           where id = ? and tenant_id = ?""", helpful, comment, Timestamp.from(clock.instant()), messageId, tenantId);
      return Optional.of(new PreviousRating(before.get(0)));
    });
  }

  /** The rating a message had before; {@code helpful} is null when it had none. */
  private record PreviousRating(Boolean helpful) {}
}
