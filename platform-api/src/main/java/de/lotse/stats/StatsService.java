package de.lotse.stats;

import de.lotse.shared.TenantScope;
import de.lotse.tenant.TenantProfile;
import de.lotse.tenant.TenantStatus;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The figures of one office, and of the pilot for the ministry.
 *
 * <p><b>The ministry's cross-office path.</b> Row-level security stays on for the ministry too:
 * {@link #pilot} visits the offices one by one, each in its own read-only {@link TenantScope},
 * and keeps only what is safe to show across offices: sums of the hourly aggregates, and of the
 * raw log only topic words shared by at least {@value TopicGrouping#MINIMUM_CONVERSATIONS}
 * conversations. Nothing else read there leaves this class.
 */
@Service
public class StatsService {

  private static final int OFFICE_TOPICS = 20;
  private static final int PILOT_TOPICS = 30;

  private final TenantScope scope;
  private final StatsQueries queries;
  private final JdbcTemplate jdbc;
  private final StatsProperties properties;
  private final Clock clock;

  StatsService(TenantScope scope, StatsQueries queries, JdbcTemplate jdbc,
      StatsProperties properties, Clock clock) {
    this.scope = scope;
    this.queries = queries;
    this.jdbc = jdbc;
    this.properties = properties;
    this.clock = clock;
  }

  /** The printable monthly report of the pilot, compared with the month before, as HTML. */
  public String monthlyReport(List<TenantProfile> offices, YearMonth month) {
    PilotStatistics now = pilot(offices, StatsRange.month(month));
    PilotStatistics before = pilot(offices, StatsRange.month(month.minusMonths(1)));
    return MonthlyReport.render(month, now, before, clock.instant());
  }

  public OfficeStatistics office(TenantProfile office, StatsRange range) {
    OfficeHours hours = OfficeHours.of(office.handoff().openingHours());
    OfficeAggregates aggregates = scope.read(office.id(),
        () -> queries.read(office.id(), range, hours, true));
    RawTopics raw = scope.read(office.id(), () -> rawTopics(office.id(), office.slug(), range));
    Tally total = aggregates.total();
    Figures totals = total.figures(factor());
    return new OfficeStatistics(office.slug(), office.displayName(), range.from(), range.to(),
        range.granularity().apiName(), StatsRange.ZONE.getId(), aggregates.rolledUpAt(), totals,
        periods(range, aggregates.periods()), slices(aggregates.languages(), total.questions()),
        slices(aggregates.categories(), total.questions()),
        aggregates.entries().stream().map(e -> new OfficeStatistics.EntryFigures(e.entryKey(),
            e.category(), e.answered(), e.helpful(), e.unhelpful(),
            Tally.rate(e.helpful(), e.helpful() + e.unhelpful()))).toList(),
        Load.of(aggregates.load(), Load.OfficeHoursInfo.of(hours), total.outsideOfficeHours),
        LatencyBuckets.describe(total.latency), contactsAvoided(totals),
        new OfficeStatistics.Topics(raw.coveredFrom(), officeTopics(raw.unanswered()),
            officeTopics(raw.unhelpful())));
  }

  /** The pilot: every office that is not pending, side by side, and their sums. */
  public PilotStatistics pilot(List<TenantProfile> offices, StatsRange range) {
    List<PilotStatistics.OfficeColumn> columns = new ArrayList<>();
    Map<LocalDate, Tally> pilotPeriods = new TreeMap<>();
    Map<String, Tally> pilotLanguages = new TreeMap<>();
    Map<String, Tally> pilotCategories = new TreeMap<>();
    long[][] pilotLoad = new long[7][24];
    List<TopicGrouping.Asked> unanswered = new ArrayList<>();
    List<TopicGrouping.Asked> unhelpful = new ArrayList<>();
    LocalDate coveredFrom = null;
    List<TenantProfile> sorted = offices.stream()
        .filter(o -> o.status() != TenantStatus.PENDING)
        .sorted(Comparator.comparing(TenantProfile::slug)).toList();
    for (TenantProfile office : sorted) {
      OfficeHours hours = OfficeHours.of(office.handoff().openingHours());
      OfficeAggregates aggregates = scope.read(office.id(),
          () -> queries.read(office.id(), range, hours, false));
      RawTopics raw = scope.read(office.id(), () -> rawTopics(office.id(), office.slug(), range));
      unanswered.addAll(raw.unanswered());
      unhelpful.addAll(raw.unhelpful());
      if (raw.coveredFrom() != null
          && (coveredFrom == null || raw.coveredFrom().isBefore(coveredFrom))) {
        coveredFrom = raw.coveredFrom();
      }
      aggregates.periods().forEach((k, t) -> pilotPeriods.computeIfAbsent(k, x -> new Tally()).add(t));
      aggregates.languages().forEach((k, t) ->
          pilotLanguages.computeIfAbsent(k, x -> new Tally()).add(t));
      aggregates.categories().forEach((k, t) ->
          pilotCategories.computeIfAbsent(k, x -> new Tally()).add(t));
      for (int d = 0; d < 7; d++) {
        for (int h = 0; h < 24; h++) {
          pilotLoad[d][h] += aggregates.load()[d][h];
        }
      }
      Tally total = aggregates.total();
      Figures totals = total.figures(factor());
      columns.add(new PilotStatistics.OfficeColumn(office.slug(), office.displayName(), totals,
          PilotStatistics.PerThousand.of(totals), periods(range, aggregates.periods()),
          slices(aggregates.languages(), total.questions()),
          slices(aggregates.categories(), total.questions()),
          Load.of(aggregates.load(), Load.OfficeHoursInfo.of(hours), total.outsideOfficeHours)));
    }
    Tally total = new Tally();
    pilotPeriods.values().forEach(total::add);
    Figures totals = total.figures(factor());
    return new PilotStatistics(range.from(), range.to(), range.granularity().apiName(),
        StatsRange.ZONE.getId(), totals, PilotStatistics.PerThousand.of(totals),
        periods(range, pilotPeriods), slices(pilotLanguages, total.questions()),
        slices(pilotCategories, total.questions()),
        Load.of(pilotLoad, null, total.outsideOfficeHours), contactsAvoided(totals), columns,
        new PilotStatistics.Topics(TopicGrouping.MINIMUM_CONVERSATIONS, coveredFrom,
            pilotTopics(unanswered), pilotTopics(unhelpful)));
  }

  private double factor() {
    return properties.contactsAvoidedFactor();
  }

  private OfficeStatistics.ContactsAvoided contactsAvoided(Figures totals) {
    return new OfficeStatistics.ContactsAvoided(totals.contactsAvoided(), factor(),
        OfficeStatistics.ContactsAvoided.FORMULA);
  }

  private List<PeriodFigures> periods(StatsRange range, Map<LocalDate, Tally> byKey) {
    return range.periods().stream().map(p -> new PeriodFigures(p.start(), p.end(), p.partial(),
        byKey.getOrDefault(p.key(), new Tally()).figures(factor()))).toList();
  }

  private static List<SliceFigures> slices(Map<String, Tally> byKey, long allQuestions) {
    return byKey.entrySet().stream()
        .map(e -> SliceFigures.of(e.getKey(), e.getValue(), allQuestions))
        .sorted(Comparator.comparingLong(SliceFigures::questions).reversed()
            .thenComparing(SliceFigures::key))
        .toList();
  }

  private static List<OfficeStatistics.Topic> officeTopics(List<TopicGrouping.Asked> asked) {
    return TopicGrouping.group(asked).stream().limit(OFFICE_TOPICS)
        .map(g -> new OfficeStatistics.Topic(g.label(), g.questions(), g.conversations(),
            g.languages(), g.examples(3)))
        .toList();
  }

  /** Only groups, and words, seen in at least k conversations; never a question's text. */
  private static List<PilotStatistics.Topic> pilotTopics(List<TopicGrouping.Asked> asked) {
    int k = TopicGrouping.MINIMUM_CONVERSATIONS;
    List<PilotStatistics.Topic> topics = new ArrayList<>();
    for (TopicGrouping.Group group : TopicGrouping.group(asked)) {
      if (group.conversations() < k || topics.size() == PILOT_TOPICS) {
        continue;
      }
      List<String> words = group.commonWords(k);
      if (!words.isEmpty()) {
        topics.add(new PilotStatistics.Topic(words, group.questions(), group.conversations(),
            group.offices()));
      }
    }
    return topics;
  }

  /** The newest unanswered and unhelpful questions of the range still in the raw log. */
  private RawTopics rawTopics(UUID tenantId, String slug, StatsRange range) {
    Timestamp start = Timestamp.from(range.start());
    Timestamp end = Timestamp.from(range.end());
    List<TopicGrouping.Asked> unanswered = new ArrayList<>();
    List<TopicGrouping.Asked> unhelpful = new ArrayList<>();
    jdbc.query("""
        select question, language, conversation_id::text, type, helpful from chat_message
         where tenant_id = ? and created_at >= ? and created_at < ?
           and (type = 'fallback' or helpful = false)
         order by created_at desc limit ?""",
        rs -> {
          TopicGrouping.Asked asked = new TopicGrouping.Asked(rs.getString(1), rs.getString(2),
              rs.getString(3), slug);
          if ("fallback".equals(rs.getString(4))) {
            unanswered.add(asked);
          }
          if (Boolean.FALSE.equals(rs.getObject(5))) {
            unhelpful.add(asked);
          }
        }, tenantId, start, end, properties.topicRowLimit());
    List<Timestamp> first = jdbc.queryForList("select min(created_at) from chat_message"
        + " where tenant_id = ? and created_at >= ? and created_at < ?", Timestamp.class,
        tenantId, start, end);
    LocalDate coveredFrom = first.isEmpty() || first.get(0) == null ? null
        : first.get(0).toInstant().atZone(StatsRange.ZONE).toLocalDate();
    return new RawTopics(coveredFrom, unanswered, unhelpful);
  }

  private record RawTopics(LocalDate coveredFrom, List<TopicGrouping.Asked> unanswered,
      List<TopicGrouping.Asked> unhelpful) {}
}
