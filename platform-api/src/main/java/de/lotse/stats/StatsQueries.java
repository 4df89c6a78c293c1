package de.lotse.stats;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the aggregates of one or many offices over a range: their daily summaries ({@code
 * stats_daily}, one row per office, day and decision) in one query for all offices together,
 * never a query per office, summed here into periods, languages, categories, the weekly load and
 * the questions outside each office's hours (or on a {@linkplain BavarianHolidays public
 * holiday}); for an office's own view also its entries from the hourly rows. Runs inside the caller's transaction: a {@code TenantScope} of one office, or the
 * ministry's read across offices, whose row-level security decides which rows exist at all.
 */
@Component
class StatsQueries {

  private static final String DAYS = """
      select d.tenant_id, d.day, d.decision, d.questions, d.conversations, d.helpful,
             d.unhelpful, d.by_hour, d.latency, d.languages::text, d.categories::text
        from stats_daily d
       where d.tenant_id = any (?::uuid[]) and d.day >= ? and d.day <= ?""";

  private static final String ENTRIES = """
      select s.tenant_id, s.entry_key, max(s.category), sum(s.questions), sum(s.helpful),
             sum(s.unhelpful)
        from stats_hourly s
       where s.tenant_id = any (?::uuid[]) and s.hour >= ? and s.hour < ?
         and s.decision = 'answer'
       group by 1, 2 order by 4 desc, 2""";

  // Each entry's title in the language asked for, else in German, else in its first language by
  // code; from its published revision, else the current one (a draft or a deleted entry's last).
  private static final String TITLES = """
      select e.key,
             coalesce(r.content -> 'translations' -> ? ->> 'title',
                      r.content -> 'translations' -> 'de' ->> 'title',
                      (select t.value ->> 'title'
                         from jsonb_each(r.content -> 'translations') as t
                        order by t.key limit 1))
        from kb_entry e
        join kb_entry_revision r on r.entry_id = e.id
         and r.revision = coalesce(e.published_revision, e.current_revision)""";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JdbcTemplate jdbc;

  StatsQueries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** An office as the queries need it. */
  record Office(UUID tenantId, OfficeHours hours) {}

  /**
   * The aggregates of each office over the range, in the order given; {@code entries} adds the
   * per-entry counts and the roll-up time (an office's own view).
   */
  Map<UUID, OfficeAggregates> read(List<Office> offices, StatsRange range, boolean entries) {
    Map<UUID, Sums> sums = new LinkedHashMap<>();
    offices.forEach(o -> sums.put(o.tenantId(), new Sums(o.hours())));
    String ids = offices.stream()
        .map(o -> o.tenantId().toString())
        .collect(Collectors.joining(",", "{", "}"));

    jdbc.query(
        DAYS,
        rs -> {
          Sums office = sums.get(rs.getObject(1, UUID.class));
          LocalDate day = rs.getObject(2, LocalDate.class);
          String decision = rs.getString(3);
          Integer[] byHour = (Integer[]) rs.getArray(8).getArray();
          boolean holiday = BavarianHolidays.isHoliday(day); // closed all day
          long outside = 0;
          for (int hour = 0; hour < byHour.length; hour++) {
            office.load[day.getDayOfWeek().getValue() - 1][hour] += byHour[hour];
            if (holiday || !office.hours.isOpen(day.getDayOfWeek(), hour)) {
              outside += byHour[hour];
            }
          }
          Tally period =
              office.periods.computeIfAbsent(range.granularity().startOf(day), k -> new Tally());
          period.add(decision, rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), outside);
          Integer[] latency = (Integer[]) rs.getArray(9).getArray();
          for (int i = 0; i < latency.length; i++) {
            period.latency[i] += latency[i];
          }
          addSlices(office.languages, decision, rs.getString(10));
          if (decision.equals("answer")) { // categories are those of the answering entries
            addSlices(office.categories, decision, rs.getString(11));
          }
        },
        ids,
        range.from(),
        range.to());

    if (entries) {
      jdbc.query(
          ENTRIES,
          rs -> {
            sums.get(rs.getObject(1, UUID.class))
                .entries
                .add(new OfficeAggregates.EntryCount(
                    rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)));
          },
          ids,
          Timestamp.from(range.start()),
          Timestamp.from(range.end()));
      jdbc.query(
          "select tenant_id, started_at from stats_rollup_state"
              + " where tenant_id = any (?::uuid[])",
          rs -> {
            sums.get(rs.getObject(1, UUID.class)).rolledUpAt =
                rs.getTimestamp(2).toInstant();
          },
          ids);
    }

    Map<UUID, OfficeAggregates> aggregates = new LinkedHashMap<>();
    sums.forEach((id, s) -> aggregates.put(
        id,
        new OfficeAggregates(
            s.periods, s.load, s.languages, s.categories, s.entries, s.rolledUpAt)));
    return aggregates;
  }

  /**
   * The titles of the office's entries by key, for the lists of entries; runs in the office's
   * {@code TenantScope}.
   */
  Map<String, String> entryTitles(String language) {
    Map<String, String> titles = new HashMap<>();
    jdbc.query(
        TITLES,
        rs -> {
          titles.put(rs.getString(1), rs.getString(2));
        },
        language);
    return titles;
  }

  /** Adds a summary's {@code {"key": [questions, conversations, helpful, unhelpful]}}. */
  private static void addSlices(Map<String, Tally> slices, String decision, String json) {
    for (Map.Entry<String, JsonNode> slice : JSON.readTree(json).properties()) {
      JsonNode counts = slice.getValue();
      slices
          .computeIfAbsent(slice.getKey(), k -> new Tally())
          .add(
              decision,
              counts.get(0).asLong(),
              counts.get(1).asLong(),
              counts.get(2).asLong(),
              counts.get(3).asLong(),
              0);
    }
  }

  /** What one office's rows add up to, filled by the queries above. */
  private static final class Sums {
    final OfficeHours hours;
    final Map<LocalDate, Tally> periods = new TreeMap<>();
    final long[][] load = new long[7][24];
    final Map<String, Tally> languages = new TreeMap<>();
    final Map<String, Tally> categories = new TreeMap<>();
    final List<OfficeAggregates.EntryCount> entries = new ArrayList<>();
    Instant rolledUpAt;

    Sums(OfficeHours hours) {
      this.hours = hours;
    }
  }
}
