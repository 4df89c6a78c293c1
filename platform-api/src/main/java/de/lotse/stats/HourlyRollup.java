package de.lotse.stats;

import de.lotse.chat.ConversationLogPurging;
import de.lotse.shared.TenantScope;
import de.lotse.tenant.TenantDirectory;
import de.lotse.tenant.TenantProfile;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Rolls the conversation log up into {@code stats_hourly}: per office, UTC hour, language,
 * decision and entry the questions, conversations opened, ratings and a latency histogram; then
 * the daily summaries ({@code stats_daily}) of those hours' days, and the {@link TopicIndex} of
 * their unanswered and unhelpful questions.
 *
 * <p>An hour is always recomputed whole from its raw rows (delete, then insert in one
 * transaction), so a run can be repeated and gives the same rows. Only hours that still have raw
 * rows are recomputed; the retention purge deletes whole hours and has them recomputed first
 * ({@link ConversationLogPurging}), so no hour ever loses counts. Runs for one office are
 * serialised with a transaction-level advisory lock, so several instances may run the schedule.
 */
@Component
public class HourlyRollup {

  private static final Logger log = LoggerFactory.getLogger(HourlyRollup.class);

  private static final String LOCK =
      "select pg_advisory_xact_lock(hashtext('lotse-stats-rollup'), hashtext(?))";

  private static final String CHANGED_HOURS = """
      select date_trunc('hour', created_at, 'UTC') from chat_message
       where tenant_id = ? and created_at >= ?
      union
      select date_trunc('hour', created_at, 'UTC') from chat_message
       where tenant_id = ? and feedback_at >= ?""";

  private static final String HOURS_IN_RANGE = """
      select distinct date_trunc('hour', created_at, 'UTC') from chat_message
       where tenant_id = ? and created_at >= ? and created_at < ?""";

  private static final String DELETE_HOURS =
      "delete from stats_hourly where tenant_id = ? and hour = any (?::timestamptz[])";

  // The entry's category as its published (else current) revision says at roll-up time.
  private static final String INSERT_HOURS =
      """
      insert into stats_hourly (tenant_id, hour, language, decision, entry_key, category,
                                questions, conversations, helpful, unhelpful, latency_buckets)
      select m.tenant_id, date_trunc('hour', m.created_at, 'UTC'), m.language, m.type,
             coalesce(m.entry_key, ''), coalesce(min(c.category), ''), count(*),
             count(*) filter (where m.opens_conversation), count(*) filter (where m.helpful),
             count(*) filter (where not m.helpful), %s
        from chat_message m
        join unnest(?::timestamptz[]) as h (hour)
          on h.hour = date_trunc('hour', m.created_at, 'UTC')
        left join (select e.tenant_id, e.key, r.content ->> 'category' as category
                     from kb_entry e
                     join kb_entry_revision r on r.entry_id = e.id
                      and r.revision = coalesce(e.published_revision, e.current_revision)) c
          on c.tenant_id = m.tenant_id and c.key = m.entry_key
       where m.tenant_id = ? and m.created_at >= ? and m.created_at < ?
       group by m.tenant_id, 2, 3, 4, 5""".formatted(LatencyBuckets.sqlHistogram("m.latency_ms"));

  private static final String SAVE_STATE = """
      insert into stats_rollup_state (tenant_id, started_at) values (?, ?)
      on conflict (tenant_id) do update set started_at = excluded.started_at""";

  private final TenantDirectory directory;
  private final TenantScope scope;
  private final JdbcTemplate jdbc;
  private final TopicIndex topics;
  private final StatsProperties properties;
  private final Clock clock;

  HourlyRollup(
      TenantDirectory directory,
      TenantScope scope,
      JdbcTemplate jdbc,
      TopicIndex topics,
      StatsProperties properties,
      Clock clock) {
    this.directory = directory;
    this.scope = scope;
    this.jdbc = jdbc;
    this.topics = topics;
    this.properties = properties;
    this.clock = clock;
  }

  @Scheduled(
      fixedDelayString = "${lotse.stats.rollup-interval:5m}",
      initialDelayString = "${lotse.stats.rollup-interval:5m}")
  public void rollUpChanges() {
    for (TenantProfile office : directory.all()) {
      try {
        rollUpChanges(office.id());
      } catch (RuntimeException e) {
        // One office's failure must not hold up the others; the next run tries again.
        log.error(
            "Statistics roll-up failed for office {}: {}",
            office.slug(),
            e.getClass().getSimpleName());
      }
    }
  }

  /**
   * Recomputes the office's hours that got rows or ratings since the previous run (all hours with
   * raw rows on the first run); returns how many hours.
   */
  public int rollUpChanges(UUID tenantId) {
    return scope.write(tenantId, () -> {
      lock(tenantId);
      Instant started = clock.instant();
      List<Timestamp> previous = jdbc.queryForList(
          "select started_at from stats_rollup_state where tenant_id = ?",
          Timestamp.class,
          tenantId);
      Instant since = previous.isEmpty()
          ? Instant.EPOCH
          : previous.get(0).toInstant().minus(properties.rollupMargin());
      List<Instant> hours = jdbc
          .queryForList(
              CHANGED_HOURS,
              Timestamp.class,
              tenantId,
              Timestamp.from(since),
              tenantId,
              Timestamp.from(since))
          .stream()
          .map(Timestamp::toInstant)
          .toList();
      recompute(tenantId, hours, true);
      jdbc.update(SAVE_STATE, tenantId, Timestamp.from(started));
      return hours.size();
    });
  }

  /**
   * Recomputes every hour in {@code [from, to)} that has raw rows; hours whose rows are gone keep
   * their aggregates. Returns how many hours.
   */
  public int rollUpRange(UUID tenantId, Instant from, Instant to) {
    return rollUpRange(tenantId, from, to, true);
  }

  /** Runs inside the retention job's transaction, before it deletes the rows. */
  @EventListener
  void beforePurge(ConversationLogPurging purge) {
    // The purge deletes the questions' topic index rows with them: no point in indexing them.
    int hours = rollUpRange(purge.tenantId(), Instant.EPOCH, purge.before(), false);
    log.debug("Recomputed {} hours before the retention purge", hours);
  }

  private int rollUpRange(UUID tenantId, Instant from, Instant to, boolean withTopics) {
    return scope.write(tenantId, () -> {
      lock(tenantId);
      List<Instant> hours = jdbc
          .queryForList(
              HOURS_IN_RANGE, Timestamp.class, tenantId, Timestamp.from(from), Timestamp.from(to))
          .stream()
          .map(Timestamp::toInstant)
          .toList();
      recompute(tenantId, hours, withTopics);
      return hours.size();
    });
  }

  private void lock(UUID tenantId) {
    jdbc.queryForList(LOCK, tenantId.toString());
  }

  private void recompute(UUID tenantId, Collection<Instant> hours, boolean withTopics) {
    if (hours.isEmpty()) {
      return;
    }
    String array = hours.stream().map(Instant::toString).collect(Collectors.joining(",", "{", "}"));
    Instant first = hours.stream().min(Instant::compareTo).orElseThrow();
    Instant last = hours.stream().max(Instant::compareTo).orElseThrow();
    jdbc.update(DELETE_HOURS, tenantId, array);
    jdbc.update(
        INSERT_HOURS,
        array,
        tenantId,
        Timestamp.from(first),
        Timestamp.from(last.plusSeconds(3600)));
    String days = hours.stream()
        .map(h -> h.atZone(StatsRange.ZONE).toLocalDate())
        .distinct()
        .map(LocalDate::toString)
        .collect(Collectors.joining(",", "{", "}"));
    jdbc.queryForList("select lotse_stats_daily(?, ?::date[])", tenantId, days);
    if (withTopics) {
      topics.reindex(tenantId, array, first, last.plusSeconds(3600));
    }
  }
}
