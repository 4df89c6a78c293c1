package de.lotse.chat;

import de.lotse.shared.TenantScope;
import de.lotse.tenant.TenantDirectory;
import de.lotse.tenant.TenantProfile;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes conversation rows older than the retention period. The deleted rows are rolled up into
 * daily totals in the same statement, so counts survive the purge and nothing is counted twice.
 */
@Component
public class RetentionJob {

  private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);
  private static final String PURGE_AND_ROLL_UP = """
      with purged as (
        delete from chat_message where tenant_id = ? and created_at < ?
        returning created_at, language, type, entry_key, helpful),
      rolled_up as (
      insert into chat_daily_totals as t
             (tenant_id, day, language, type, entry_key, questions, helpful, unhelpful)
      select ?, (created_at at time zone 'Europe/Berlin')::date, language, type,
             coalesce(entry_key, ''), count(*), count(*) filter (where helpful),
             count(*) filter (where not helpful)
        from purged
       group by 2, 3, 4, 5
      on conflict (tenant_id, day, language, type, entry_key) do update
         set questions = t.questions + excluded.questions,
             helpful = t.helpful + excluded.helpful,
             unhelpful = t.unhelpful + excluded.unhelpful
      returning 1)
      select count(*) from purged""";

  private final TenantDirectory directory;
  private final TenantScope scope;
  private final JdbcTemplate jdbc;
  private final ChatProperties properties;
  private final Clock clock;

  RetentionJob(TenantDirectory directory, TenantScope scope, JdbcTemplate jdbc,
      ChatProperties properties, Clock clock) {
    this.directory = directory;
    this.scope = scope;
    this.jdbc = jdbc;
    this.properties = properties;
    this.clock = clock;
  }

  @Scheduled(cron = "${lotse.chat.retention-cron:0 15 3 * * *}", zone = "Europe/Berlin")
  public void purgeExpired() {
    purgeOlderThan(clock.instant().minus(properties.retention()));
  }

  /** Purges every office's rows created before {@code cutoff}; returns how many went. */
  public int purgeOlderThan(Instant cutoff) {
    int total = 0;
    for (TenantProfile tenant : directory.all()) {
      total += scope.write(tenant.id(), () -> jdbc.queryForObject(PURGE_AND_ROLL_UP,
          Integer.class, tenant.id(), Timestamp.from(cutoff), tenant.id()));
    }
    if (total > 0) {
      log.info("Retention purge removed {} conversation rows older than {}", total, cutoff);
    }
    return total;
  }
}
