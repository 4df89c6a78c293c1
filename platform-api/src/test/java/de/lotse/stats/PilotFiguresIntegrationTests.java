package de.lotse.stats;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.shared.TenantScope;
import de.lotse.support.PlatformIntegrationTest;
import de.lotse.support.TestOffices;
import de.lotse.tenant.TenantProfile;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ministry's set-based figures against the raw rows they come from: three offices with two
 * weeks of random conversations (around June 2024, which no other test fills), counted once from
 * {@code chat_message} office by office here and once by {@link StatsService#pilot}; and the
 * pilot's topics from the topic index against the grouping of the raw questions themselves.
 */
@PlatformIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // one history for all tests: they only read it
class PilotFiguresIntegrationTests {

  // Two weeks with Corpus Christi (Thursday 30 May 2024), a public holiday in Bavaria.
  private static final LocalDate FROM = LocalDate.parse("2024-05-27");
  private static final LocalDate TO = LocalDate.parse("2024-06-09");
  private static final String[] LANGUAGES = {"de", "en", "ar", "uk", "tr"};
  /** Topics with a few wordings each, so that questions group, plus words of their own. */
  private static final String[][] TOPICS = {
    {
      "Führerschein umschreiben",
      "Kann ich meinen Führerschein umschreiben lassen?",
      "ausländischer Führerschein umschreiben"
    },
    {"Kindergeld beantragen", "Wo beantrage ich Kindergeld?"},
    {"Hundesteuer anmelden", "Hund anmelden Steuer"},
    {"Wohnung finden Hilfe", "Hilfe bei Wohnung finden"}
  };

  @Autowired
  TestOffices offices;

  @Autowired
  TenantScope scope;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  HourlyRollup rollup;

  @Autowired
  StatsService stats;

  List<TenantProfile> pilotOffices;
  PilotStatistics pilot;

  @BeforeAll
  void threeOfficesWithTwoRandomWeeks() {
    pilotOffices = List.of(
        offices.createWithKnowledge("figures-a", "kb/office-a.json"),
        offices.createWithKnowledge("figures-b", "kb/office-b.json"),
        offices.createWithKnowledge("figures-c", "kb/office-a.json"));
    Random random = new Random(2024);
    for (TenantProfile office : pilotOffices) {
      insertRandomConversations(office, 120 + random.nextInt(60), random);
      rollup.rollUpChanges(office.id());
    }
    pilot = stats.pilot(pilotOffices, new StatsRange(FROM, TO, StatsRange.Granularity.WEEK));
  }

  @Test
  void everyOfficesFiguresMatchItsRawRows() {
    for (TenantProfile office : pilotOffices) {
      PilotStatistics.OfficeColumn column = pilot.offices().stream()
          .filter(c -> c.office().equals(office.slug()))
          .findFirst()
          .orElseThrow();
      Raw raw = raw(office);
      Figures totals = column.totals();

      assertThat(List.of(
              totals.questions(),
              totals.conversations(),
              totals.answered(),
              totals.clarified(),
              totals.fallbacks(),
              totals.helpful(),
              totals.unhelpful(),
              totals.outsideOfficeHours()))
          .as(office.slug())
          .containsExactly(
              raw.questions,
              raw.conversations,
              raw.byType.getOrDefault("answer", 0L),
              raw.byType.getOrDefault("clarify", 0L),
              raw.byType.getOrDefault("fallback", 0L),
              raw.helpful,
              raw.unhelpful,
              raw.outside);
      Map<String, Long> languages = new TreeMap<>();
      column.languages().forEach(slice -> languages.put(slice.key(), slice.questions()));
      assertThat(languages).as(office.slug()).isEqualTo(raw.byLanguage);
      assertThat(column.load().byWeekday().stream()
              .map(Load.WeekdayLoad::questions)
              .toList())
          .as(office.slug())
          .containsExactly(raw.byWeekday);
      assertThat(
              column.periods().stream().mapToLong(p -> p.figures().questions()).sum())
          .isEqualTo(raw.questions);
    }
    assertThat(pilot.totals().questions())
        .isEqualTo(pilotOffices.stream().mapToLong(o -> raw(o).questions).sum());
  }

  @Test
  void pilotTopicsFromTheIndexAreThoseOfGroupingTheRawQuestions() {
    assertThat(describe(pilot.topics().unanswered()))
        .isEqualTo(describe(fromRawRows("type = 'fallback'")))
        .isNotEmpty();
    assertThat(describe(pilot.topics().unhelpful()))
        .isEqualTo(describe(fromRawRows("helpful = false")));
  }

  /** The pilot topics as the ministry path computed them before the topic index existed. */
  private List<PilotStatistics.Topic> fromRawRows(String condition) {
    List<TopicGrouping.Asked> asked = new ArrayList<>();
    for (TenantProfile office : pilotOffices) {
      asked.addAll(scope.read(
          office.id(),
          () -> jdbc.query(
              "select question, language,"
                  + " conversation_id::text from chat_message where created_at >= ? and created_at < ?"
                  + " and " + condition,
              (rs, n) -> new TopicGrouping.Asked(
                  rs.getString(1), rs.getString(2), rs.getString(3), office.slug()),
              start(),
              end())));
    }
    List<PilotStatistics.Topic> topics = new ArrayList<>();
    for (TopicGrouping.Group group : TopicGrouping.group(asked)) {
      List<String> words = group.commonWords(TopicGrouping.MINIMUM_CONVERSATIONS);
      if (group.conversations() >= TopicGrouping.MINIMUM_CONVERSATIONS && !words.isEmpty()) {
        topics.add(new PilotStatistics.Topic(
            words, group.questions(), group.conversations(), group.offices()));
      }
    }
    return topics;
  }

  private static List<String> describe(List<PilotStatistics.Topic> topics) {
    return topics.stream()
        .map(t -> t.words() + " " + t.questions() + " questions, " + t.conversations()
            + " conversations in " + t.offices())
        .sorted(Comparator.naturalOrder())
        .toList();
  }

  private void insertRandomConversations(TenantProfile office, int conversations, Random random) {
    ChatRows rows = new ChatRows(scope, jdbc, office.id());
    long seconds = (end().getTime() - start().getTime()) / 1000;
    for (int c = 0; c < conversations; c++) {
      UUID conversation = UUID.randomUUID();
      Instant at = start().toInstant().plusSeconds(random.nextLong(seconds - 3_600));
      String language = LANGUAGES[random.nextInt(LANGUAGES.length)];
      String[] topic = TOPICS[random.nextInt(TOPICS.length)];
      int questions = 1 + random.nextInt(3);
      for (int q = 0; q < questions; q++) {
        double roll = random.nextDouble();
        String type = roll < 0.5 ? "answer" : roll < 0.65 ? "clarify" : "fallback";
        Boolean helpful = random.nextDouble() < 0.6 ? null : random.nextDouble() < 0.5;
        // A citizen rephrasing the same topic in one conversation; now and then a word of their
        // own.
        String question = topic[random.nextInt(topic.length)]
            + (random.nextDouble() < 0.3 ? " Eigenwort" + random.nextInt(1_000) : "");
        rows.insert(
            at,
            language,
            type,
            type.equals("answer") ? "extend-permit" : null,
            helpful,
            1 + random.nextDouble() * 30,
            question,
            conversation,
            q == 0,
            null);
        at = at.plusSeconds(30 + random.nextInt(300));
      }
    }
  }

  private Raw raw(TenantProfile office) {
    OfficeHours hours = OfficeHours.of(office.handoff().openingHours());
    Raw raw = new Raw();
    scope.read(
        office.id(),
        () -> jdbc.query(
            "select created_at, type, language, helpful,"
                + " opens_conversation from chat_message where created_at >= ? and created_at < ?",
            (rs, row) -> {
              ZonedDateTime local = rs.getTimestamp(1).toInstant().atZone(StatsRange.ZONE);
              raw.questions++;
              raw.byType.merge(rs.getString(2), 1L, Long::sum);
              raw.byLanguage.merge(rs.getString(3), 1L, Long::sum);
              Boolean helpful = (Boolean) rs.getObject(4);
              raw.helpful += Boolean.TRUE.equals(helpful) ? 1 : 0;
              raw.unhelpful += Boolean.FALSE.equals(helpful) ? 1 : 0;
              raw.conversations += rs.getBoolean(5) ? 1 : 0;
              boolean open = hours.isOpen(local.getDayOfWeek(), local.getHour())
                  && !BavarianHolidays.isHoliday(local.toLocalDate());
              raw.outside += open ? 0 : 1;
              raw.byWeekday[local.getDayOfWeek().getValue() - 1]++;
              return null;
            },
            start(),
            end()));
    return raw;
  }

  private static Timestamp start() {
    return Timestamp.from(FROM.atStartOfDay(StatsRange.ZONE).toInstant());
  }

  private static Timestamp end() {
    return Timestamp.from(TO.plusDays(1).atStartOfDay(StatsRange.ZONE).toInstant());
  }

  private static final class Raw {
    long questions;
    long conversations;
    long helpful;
    long unhelpful;
    long outside;
    final Map<String, Long> byType = new TreeMap<>();
    final Map<String, Long> byLanguage = new TreeMap<>();
    final Long[] byWeekday = {0L, 0L, 0L, 0L, 0L, 0L, 0L};
  }
}
