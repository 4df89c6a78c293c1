package de.lotse.chat;

import de.lotse.shared.TenantScope;
import de.lotse.tenant.TenantDirectory;
import de.lotse.tenant.TenantProfile;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes conversation rows older than the retention period. It deletes whole UTC hours only (the
 * cutoff is rounded down to the hour), and it first announces each office's purge with {@link
 * ConversationLogPurging} in the same transaction: the statistics recompute their hourly
 * aggregates of exactly those hours before the rows go, so counts survive the purge, and an hour
 * is never left half in the raw log and half gone.
 */
@Component
public class RetentionJob {

  private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);
  private static final String PURGE =
      "delete from chat_message where tenant_id = ? and created_at < ?";

  private final TenantDirectory directory;
  private final TenantScope scope;
  private final JdbcTemplate jdbc;
  private final ChatProperties properties;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  RetentionJob(
      TenantDirectory directory,
      TenantScope scope,
      JdbcTemplate jdbc,
      ChatProperties properties,
      Clock clock,
      ApplicationEventPublisher events) {
    this.directory = directory;
    this.scope = scope;
    this.jdbc = jdbc;
    this.properties = properties;
    this.clock = clock;
    this.events = events;
  }

  @Scheduled(cron = "${lotse.chat.retention-cron:0 15 3 * * *}", zone = "Europe/Berlin")
  public void purgeExpired() {
    purgeOlderThan(clock.instant().minus(properties.retention()));
  }

  /**
   * Purges every office's rows created before {@code cutoff} rounded down to the hour; returns
   * how many went.
   */
  public int purgeOlderThan(Instant cutoff) {
    Instant before = cutoff.truncatedTo(ChronoUnit.HOURS);
    int total = 0;
    for (TenantProfile tenant : directory.all()) {
      total += scope.write(tenant.id(), () -> {
        events.publishEvent(new ConversationLogPurging(tenant.id(), before));
        return jdbc.update(PURGE, tenant.id(), Timestamp.from(before));
      });
    }
    if (total > 0) {
      log.info("Retention purge removed {} conversation rows older than {}", total, before);
    }
    return total;
  }
}
