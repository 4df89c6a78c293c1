package de.lotse.stats;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads one office's hourly aggregates, summed in PostgreSQL by the slices the figures need.
 * Runs inside the caller's {@code TenantScope}: row-level security limits every query to that
 * office, and the {@code tenant_id} condition lets the primary key's index do the work.
 */
@Component
class StatsQueries {

  private static final String LOCAL = "(s.hour at time zone 'Europe/Berlin')";
  private static final String RANGE = " from stats_hourly s where s.tenant_id = ? and s.hour >= ?"
      + " and s.hour < ?";
  // Position of the hour in the 168-element open-hours array (Monday 0:00 is 1).
  private static final String WEEK_HOUR = "(extract(isodow from " + LOCAL + ")::int - 1) * 24"
      + " + extract(hour from " + LOCAL + ")::int + 1";

  private static final String LATENCY_SUMS = IntStream.rangeClosed(1, LatencyBuckets.SIZE)
      .mapToObj(i -> "coalesce(sum(s.latency_buckets[" + i + "]), 0)")
      .collect(Collectors.joining(", "));

  private final JdbcTemplate jdbc;

  StatsQueries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  OfficeAggregates read(UUID tenantId, StatsRange range, OfficeHours hours, boolean entries) {
    Timestamp start = Timestamp.from(range.start());
    Timestamp end = Timestamp.from(range.end());
    String period = "date_trunc('" + range.granularity().apiName() + "', " + LOCAL + ")::date";

    Map<LocalDate, Tally> periods = new TreeMap<>();
    jdbc.query("select " + period + ", s.decision, sum(s.questions), sum(s.conversations),"
        + " sum(s.helpful), sum(s.unhelpful), coalesce(sum(s.questions) filter (where not"
        + " (?::boolean[])[" + WEEK_HOUR + "]), 0)" + RANGE + " group by 1, 2",
        rs -> {
          periods.computeIfAbsent(rs.getObject(1, LocalDate.class), k -> new Tally())
              .add(rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                  rs.getLong(7));
        }, hours.sqlArray(), tenantId, start, end);

    // One sum per bucket in a single pass: cheaper than unnesting every row's histogram.
    jdbc.query("select " + period + ", " + LATENCY_SUMS + RANGE + " group by 1",
        rs -> {
          Tally tally = periods.computeIfAbsent(rs.getObject(1, LocalDate.class),
              k -> new Tally());
          for (int i = 0; i < LatencyBuckets.SIZE; i++) {
            tally.latency[i] += rs.getLong(i + 2);
          }
        }, tenantId, start, end);

    long[][] load = new long[7][24];
    jdbc.query("select extract(isodow from " + LOCAL + ")::int, extract(hour from " + LOCAL
        + ")::int, sum(s.questions)" + RANGE + " group by 1, 2",
        rs -> {
          load[rs.getInt(1) - 1][rs.getInt(2)] += rs.getLong(3);
        }, tenantId, start, end);

    Map<String, Tally> languages = bySlice("s.language", "", tenantId, start, end);
    Map<String, Tally> categories = bySlice("s.category",
        " and s.decision = 'answer' and s.category <> ''", tenantId, start, end);

    List<OfficeAggregates.EntryCount> entryCounts = new ArrayList<>();
    if (entries) {
      jdbc.query("select s.entry_key, max(s.category), sum(s.questions), sum(s.helpful),"
          + " sum(s.unhelpful)" + RANGE + " and s.decision = 'answer' group by 1"
          + " order by 3 desc, 1",
          rs -> {
            entryCounts.add(new OfficeAggregates.EntryCount(rs.getString(1), rs.getString(2),
                rs.getLong(3), rs.getLong(4), rs.getLong(5)));
          }, tenantId, start, end);
    }

    List<Timestamp> rolledUp = jdbc.queryForList(
        "select started_at from stats_rollup_state where tenant_id = ?", Timestamp.class,
        tenantId);
    return new OfficeAggregates(periods, load, languages, categories, entryCounts,
        rolledUp.isEmpty() ? null : rolledUp.get(0).toInstant());
  }

  private Map<String, Tally> bySlice(String column, String condition, UUID tenantId,
      Timestamp start, Timestamp end) {
    Map<String, Tally> slices = new TreeMap<>();
    jdbc.query("select " + column + ", s.decision, sum(s.questions), sum(s.conversations),"
        + " sum(s.helpful), sum(s.unhelpful)" + RANGE + condition + " group by 1, 2",
        rs -> {
          slices.computeIfAbsent(rs.getString(1), k -> new Tally()).add(rs.getString(2),
              rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), 0);
        }, tenantId, start, end);
    return slices;
  }
}
