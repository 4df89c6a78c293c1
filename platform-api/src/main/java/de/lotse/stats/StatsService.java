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
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * {@link #pilot} reads in one read-only transaction across the offices ({@link
 * TenantScope#readAcross}), in which only the hourly aggregates and the {@link TopicIndex} are
 * visible, never the raw log. It keeps only sums of the aggregates and topic words shared by at
 * least {@value TopicGrouping#MINIMUM_CONVERSATIONS} conversations.
 */
@Service
public class StatsService {

  private static final int OFFICE_TOPICS = 20;
  private static final int PILOT_TOPICS = 30;

  private final TenantScope scope;
  private final StatsQueries queries;
  private final TopicIndex topicIndex;
  private final JdbcTemplate jdbc;
  private final StatsProperties properties;
  private final Clock clock;

  StatsService(
      TenantScope scope,
      StatsQueries queries,
      TopicIndex topicIndex,
      JdbcTemplate jdbc,
      StatsProperties properties,
      Clock clock) {
    this.scope = scope;
    this.queries = queries;
    this.topicIndex = topicIndex;
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
    OfficeAggregates aggregates = scope.read(
        office.id(),
        () -> queries
            .read(List.of(new StatsQueries.Office(office.id(), hours)), range, true)
            .get(office.id()));
    Map<String, String> titles =
        scope.read(office.id(), () -> queries.entryTitles(office.defaultLanguage()));
    RawTopics raw = scope.read(office.id(), () -> rawTopics(office.id(), office.slug(), range));
    Tally total = aggregates.total();
    Figures totals = total.figures(factor());
    return new OfficeStatistics(
        office.slug(),
        office.displayName(),
        range.from(),
        range.to(),
        range.granularity().apiName(),
        StatsRange.ZONE.getId(),
        aggregates.rolledUpAt(),
        totals,
        periods(range, aggregates.periods()),
        slices(aggregates.languages(), total.questions()),
        slices(aggregates.categories(), total.questions()),
        aggregates.entries().stream()
            .map(e -> new OfficeStatistics.EntryFigures(
                e.entryKey(),
                titles.get(e.entryKey()),
                e.category(),
                e.answered(),
                e.helpful(),
                e.unhelpful(),
                Tally.rate(e.helpful(), e.helpful() + e.unhelpful())))
            .toList(),
        Load.of(aggregates.load(), Load.OfficeHoursInfo.of(hours, range), total.outsideOfficeHours),
        LatencyBuckets.describe(total.latency),
        contactsAvoided(totals),
        new OfficeStatistics.Topics(
            raw.coveredFrom(), officeTopics(raw.unanswered()), officeTopics(raw.unhelpful())));
  }

  /**
   * The pilot: every office that is not pending, side by side, and their sums; read in one
   * transaction across the offices ({@link TenantScope#readAcross}), one query per slice.
   */
  public PilotStatistics pilot(List<TenantProfile> offices, StatsRange range) {
    List<TenantProfile> sorted = offices.stream()
        .filter(o -> o.status() != TenantStatus.PENDING)
        .sorted(Comparator.comparing(TenantProfile::slug))
        .toList();
    List<StatsQueries.Office> asked = new ArrayList<>();
    Map<UUID, String> slugs = new LinkedHashMap<>();
    Map<UUID, OfficeHours> hoursById = new HashMap<>();
    for (TenantProfile office : sorted) {
      OfficeHours hours = OfficeHours.of(office.handoff().openingHours());
      asked.add(new StatsQueries.Office(office.id(), hours));
      slugs.put(office.id(), office.slug());
      hoursById.put(office.id(), hours);
    }
    PilotRead read = sorted.isEmpty()
        ? new PilotRead(Map.of(), null, List.of(), List.of())
        : scope.readAcross(slugs.keySet(), () -> {
          long t0 = System.nanoTime();
          var ag = queries.read(asked, range, false);
          long t1 = System.nanoTime();
          var cf = topicIndex.coveredFrom(slugs.keySet(), range);
          var un = topicIndex.pilotTopics(slugs, range, TopicIndex.Kind.UNANSWERED, PILOT_TOPICS);
          long t2 = System.nanoTime();
          var uh = topicIndex.pilotTopics(slugs, range, TopicIndex.Kind.UNHELPFUL, PILOT_TOPICS);
          long t3 = System.nanoTime();
          org.slf4j.LoggerFactory.getLogger("TIMING")
              .info(
                  "aggregates {} ms, unanswered {} ms, unhelpful {} ms",
                  (t1 - t0) / 1000000,
                  (t2 - t1) / 1000000,
                  (t3 - t2) / 1000000);
          return new PilotRead(ag, cf, un, uh);
        });

    List<PilotStatistics.OfficeColumn> columns = new ArrayList<>();
    Map<LocalDate, Tally> pilotPeriods = new TreeMap<>();
    Map<String, Tally> pilotLanguages = new TreeMap<>();
    Map<String, Tally> pilotCategories = new TreeMap<>();
    long[][] pilotLoad = new long[7][24];
    for (TenantProfile office : sorted) {
      OfficeAggregates aggregates = read.aggregates().get(office.id());
      aggregates
          .periods()
          .forEach((k, t) -> pilotPeriods.computeIfAbsent(k, x -> new Tally()).add(t));
      aggregates
          .languages()
          .forEach((k, t) -> pilotLanguages.computeIfAbsent(k, x -> new Tally()).add(t));
      aggregates
          .categories()
          .forEach(
              (k, t) -> pilotCategories.computeIfAbsent(k, x -> new Tally()).add(t));
      for (int d = 0; d < 7; d++) {
        for (int h = 0; h < 24; h++) {
          pilotLoad[d][h] += aggregates.load()[d][h];
        }
      }
      Tally total = aggregates.total();
      Figures totals = total.figures(factor());
      columns.add(new PilotStatistics.OfficeColumn(
          office.slug(),
          office.displayName(),
          totals,
          PilotStatistics.PerThousand.of(totals),
          periods(range, aggregates.periods()),
          slices(aggregates.languages(), total.questions()),
          slices(aggregates.categories(), total.questions()),
          Load.of(
              aggregates.load(),
              Load.OfficeHoursInfo.of(hoursById.get(office.id()), range),
              total.outsideOfficeHours)));
    }
    Tally total = new Tally();
    pilotPeriods.values().forEach(total::add);
    Figures totals = total.figures(factor());
    return new PilotStatistics(
        range.from(),
        range.to(),
        range.granularity().apiName(),
        StatsRange.ZONE.getId(),
        totals,
        PilotStatistics.PerThousand.of(totals),
        periods(range, pilotPeriods),
        slices(pilotLanguages, total.questions()),
        slices(pilotCategories, total.questions()),
        Load.of(pilotLoad, null, total.outsideOfficeHours),
        contactsAvoided(totals),
        columns,
        new PilotStatistics.Topics(
            TopicGrouping.MINIMUM_CONVERSATIONS,
            read.coveredFrom(),
            read.unanswered(),
            read.unhelpful()));
  }

  /** What the ministry's transaction reads: aggregates and k-anonymous topics only. */
  private record PilotRead(
      Map<UUID, OfficeAggregates> aggregates,
      LocalDate coveredFrom,
      List<PilotStatistics.Topic> unanswered,
      List<PilotStatistics.Topic> unhelpful) {}

  private double factor() {
    return properties.contactsAvoidedFactor();
  }

  private OfficeStatistics.ContactsAvoided contactsAvoided(Figures totals) {
    return new OfficeStatistics.ContactsAvoided(
        totals.contactsAvoided(), factor(), OfficeStatistics.ContactsAvoided.FORMULA);
  }

  private List<PeriodFigures> periods(StatsRange range, Map<LocalDate, Tally> byKey) {
    return range.periods().stream()
        .map(p -> new PeriodFigures(
            p.start(),
            p.end(),
            p.partial(),
            byKey.getOrDefault(p.key(), new Tally()).figures(factor())))
        .toList();
  }

  private static List<SliceFigures> slices(Map<String, Tally> byKey, long allQuestions) {
    return byKey.entrySet().stream()
        .map(e -> SliceFigures.of(e.getKey(), e.getValue(), allQuestions))
        .sorted(Comparator.comparingLong(SliceFigures::questions)
            .reversed()
            .thenComparing(SliceFigures::key))
        .toList();
  }

  private static List<OfficeStatistics.Topic> officeTopics(List<TopicGrouping.Asked> asked) {
    return TopicGrouping.group(asked).stream()
        .limit(OFFICE_TOPICS)
        .map(g -> new OfficeStatistics.Topic(
            g.label(), g.questions(), g.conversations(), g.languages(), g.examples(3)))
        .toList();
  }

  /** The newest unanswered and unhelpful questions of the range still in the raw log. */
  private RawTopics rawTopics(UUID tenantId, String slug, StatsRange range) {
    Timestamp start = Timestamp.from(range.start());
    Timestamp end = Timestamp.from(range.end());
    List<TopicGrouping.Asked> unanswered = new ArrayList<>();
    List<TopicGrouping.Asked> unhelpful = new ArrayList<>();
    jdbc.query(
        """
        select question, language, conversation_id::text, type, helpful from chat_message
         where tenant_id = ? and created_at >= ? and created_at < ?
           and (type = 'fallback' or helpful = false)
         order by created_at desc limit ?""",
        rs -> {
          TopicGrouping.Asked asked =
              new TopicGrouping.Asked(rs.getString(1), rs.getString(2), rs.getString(3), slug);
          if ("fallback".equals(rs.getString(4))) {
            unanswered.add(asked);
          }
          if (Boolean.FALSE.equals(rs.getObject(5))) {
            unhelpful.add(asked);
          }
        },
        tenantId,
        start,
        end,
        properties.topicRowLimit());
    List<Timestamp> first = jdbc.queryForList(
        "select min(created_at) from chat_message"
            + " where tenant_id = ? and created_at >= ? and created_at < ?",
        Timestamp.class,
        tenantId,
        start,
        end);
    LocalDate coveredFrom = first.isEmpty() || first.get(0) == null
        ? null
        : first.get(0).toInstant().atZone(StatsRange.ZONE).toLocalDate();
    return new RawTopics(coveredFrom, unanswered, unhelpful);
  }

  private record RawTopics(
      LocalDate coveredFrom,
      List<TopicGrouping.Asked> unanswered,
      List<TopicGrouping.Asked> unhelpful) {}
}
