package de.lotse.stats;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.chat.FeedbackService;
import de.lotse.chat.RetentionJob;
import de.lotse.shared.TenantScope;
import de.lotse.support.PlatformIntegrationTest;
import de.lotse.support.TestOffices;
import de.lotse.tenant.TenantProfile;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PlatformIntegrationTest
class HourlyRollupIntegrationTests {

  private static final String[] LANGUAGES = {"de", "en", "ar", "uk"};
  private static final String[] ENTRIES = {"extend-permit", "lost-passport", "appointment"};

  @Autowired
  TestOffices offices;

  @Autowired
  TenantScope scope;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  HourlyRollup rollup;

  @Autowired
  RetentionJob retention;

  @Autowired
  FeedbackService feedback;

  TenantProfile office;
  ChatRows rows;

  @BeforeEach
  void office() {
    office = offices.createWithKnowledge("rollup", "kb/office-a.json");
    rows = new ChatRows(scope, jdbc, office.id());
  }

  @Test
  void aggregatesAddUpToTheRawRowsInEverySlice() {
    insertRandomRows(Instant.now().minus(3, ChronoUnit.DAYS), 400, new Random(11));

    rollup.rollUpChanges(office.id());

    assertThat(aggregatedBySlice()).isEqualTo(rawBySlice());
    assertThat(read("select sum(questions) from stats_hourly")).isEqualTo(400L);
  }

  @Test
  void dailySummariesAddUpToTheHourlyRowsOfTheirBerlinDays() {
    insertRandomRows(Instant.now().minus(3, ChronoUnit.DAYS), 300, new Random(17));
    rollup.rollUpChanges(office.id());
    rollup.rollUpChanges(office.id()); // again: the same summaries

    assertThat(read("select count(*) from stats_daily")).isNotEqualTo(0L);
    assertThat(daily("""
        select day, decision, questions, conversations, helpful, unhelpful,
               (select sum(n) from unnest(by_hour) as n) as by_hour,
               (select sum(n) from unnest(latency) as n) as latency,
               (select sum((v ->> 0)::int) from jsonb_each(languages) as l (k, v)) as languages,
               (select sum((v ->> 0)::int) from jsonb_each(categories) as c (k, v)) as categories
          from stats_daily order by 1, 2""")).isEqualTo(daily("""
        select local_day as day, decision, sum(questions)::int as questions,
               sum(conversations)::int as conversations, sum(helpful)::int as helpful,
               sum(unhelpful)::int as unhelpful, sum(questions) as by_hour,
               sum(questions) as latency, sum(questions) as languages,
               sum(questions) filter (where category <> '') as categories
          from stats_hourly group by 1, 2 order by 1, 2"""));
    assertThat(daily("select day, decision, languages ->> 'de' as de from stats_daily"
            + " where languages ? 'de' order by 1, 2"))
        .isEqualTo(daily("""
        select local_day as day, decision, jsonb_build_array(sum(questions),
               sum(conversations), sum(helpful), sum(unhelpful))::text as de
          from stats_hourly where language = 'de' group by 1, 2 order by 1, 2"""));
  }

  @Test
  void theHistogramCountsEachRowInItsLatencyBucket() {
    Instant hour = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    double[] latencies = {0.4, 1.0, 1.5, 4.2, 4.9, 120, 9_000};
    for (double latency : latencies) {
      rows.insert(hour.plusSeconds(60), "de", "answer", "extend-permit", null, latency);
    }

    rollup.rollUpChanges(office.id());

    long[] expected = new long[LatencyBuckets.SIZE];
    for (double latency : latencies) {
      expected[LatencyBuckets.bucketOf(latency)]++;
    }
    List<Long> stored = scope.read(
        office.id(),
        () -> jdbc.queryForList(
            "select unnest(latency_buckets)::bigint from stats_hourly", Long.class));
    assertThat(stored)
        .containsExactlyElementsOf(java.util.Arrays.stream(expected).boxed().toList());
    assertThat(read("select max(category) from stats_hourly")).isEqualTo("residence");
  }

  @Test
  void rollingUpAgainGivesExactlyTheSameRows() {
    Instant start = Instant.now().minus(2, ChronoUnit.DAYS);
    insertRandomRows(start, 200, new Random(5));
    rollup.rollUpChanges(office.id());
    List<Map<String, Object>> first = snapshot();

    rollup.rollUpChanges(office.id());
    rollup.rollUpRange(office.id(), start.minus(1, ChronoUnit.DAYS), Instant.now());
    rollup.rollUpRange(office.id(), start.minus(1, ChronoUnit.DAYS), Instant.now());

    assertThat(snapshot()).isEqualTo(first);
  }

  @Test
  void picksUpRatingsAndQuestionsThatArriveAfterARun() {
    Instant twoDaysAgo = Instant.now().minus(2, ChronoUnit.DAYS);
    UUID message = rows.insert(twoDaysAgo, "de", "answer", "extend-permit", null, 3);
    rollup.rollUpChanges(office.id());

    feedback.rate(office, message, false, null);
    rows.insert(Instant.now(), "en", "fallback", null, null, 2);
    rollup.rollUpChanges(office.id());

    assertThat(read("select sum(unhelpful) from stats_hourly")).isEqualTo(1L);
    assertThat(read("select sum(questions) from stats_hourly")).isEqualTo(2L);
    assertThat(aggregatedBySlice()).isEqualTo(rawBySlice());
  }

  @Test
  void countsSurviveTheRetentionPurgeWhichDeletesWholeHoursOnly() {
    Instant old = Instant.parse("2026-01-10T10:00:00Z");
    rows.insert(old.minusSeconds(1_800), "de", "answer", "extend-permit", true, 3); // 09:30
    rows.insert(old.minusSeconds(600), "de", "answer", "extend-permit", false, 3); // 09:50
    rows.insert(old.minusSeconds(300), "ar", "fallback", null, null, 2); // 09:55
    rows.insert(old.plusSeconds(600), "de", "clarify", null, null, 2); // 10:10
    // No roll-up has run: the purge must have the doomed hours rolled up itself.

    int purged = retention.purgeOlderThan(old.plusSeconds(1_200)); // cutoff 10:20
    rollup.rollUpChanges(office.id());
    rollup.rollUpRange(office.id(), Instant.EPOCH, Instant.now());

    assertThat(purged).isGreaterThanOrEqualTo(3); // the purge covers every office
    assertThat(read("select count(*) from chat_message")).isEqualTo(1L);
    assertThat(scope.read(office.id(), () -> jdbc.queryForList("""
        select to_char(hour at time zone 'UTC', 'HH24:MI') as hour, language, decision,
               questions, helpful, unhelpful
          from stats_hourly order by hour, language, decision""")))
        .containsExactly(
            Map.of(
                "hour",
                "09:00",
                "language",
                "ar",
                "decision",
                "fallback",
                "questions",
                1,
                "helpful",
                0,
                "unhelpful",
                0),
            Map.of(
                "hour",
                "09:00",
                "language",
                "de",
                "decision",
                "answer",
                "questions",
                2,
                "helpful",
                1,
                "unhelpful",
                1),
            Map.of(
                "hour",
                "10:00",
                "language",
                "de",
                "decision",
                "clarify",
                "questions",
                1,
                "helpful",
                0,
                "unhelpful",
                0));
  }

  @Test
  void theTopicIndexHoldsTheWordsOfUnansweredAndUnhelpfulQuestionsAndGoesWithThePurge() {
    Instant hour = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    UUID conversation = UUID.randomUUID();
    rows.insert(
        hour.plusSeconds(60),
        "de",
        "fallback",
        null,
        null,
        2,
        "Kann ich meinen Führerschein umschreiben lassen, [NAME]?",
        conversation,
        true,
        null);
    UUID rated = rows.insert(
        hour.plusSeconds(120),
        "de",
        "answer",
        "extend-permit",
        null,
        3,
        "Aufenthaltserlaubnis verlängern",
        conversation,
        false,
        null);
    rows.insert(
        hour.plusSeconds(180),
        "de",
        "answer",
        "extend-permit",
        true,
        3,
        "Aufenthaltserlaubnis verlängern bitte",
        UUID.randomUUID(),
        true,
        null);
    rollup.rollUpChanges(office.id());

    assertThat(topicIndex())
        .containsExactly(Map.of(
            "unanswered",
            true,
            "unhelpful",
            false,
            "signature",
            "führer lassen umschr",
            "words",
            "{führerschein,lassen,umschreiben}",
            "conversation_id",
            conversation));

    feedback.rate(office, rated, false, "Hilft mir nicht");
    rollup.rollUpChanges(office.id());

    assertThat(topicIndex())
        .extracting(row -> row.get("signature"))
        .containsExactly("aufent verlän", "führer lassen umschr");
    assertThat(topicIndex().get(0))
        .containsEntry("unhelpful", true)
        .containsEntry("unanswered", false);

    retention.purgeOlderThan(hour.plusSeconds(3_600));

    assertThat(topicIndex()).isEmpty();
  }

  @Test
  void anotherOfficeSeesNoneOfTheAggregates() {
    insertRandomRows(Instant.now().minus(1, ChronoUnit.DAYS), 20, new Random(1));
    rollup.rollUpChanges(office.id());
    TenantProfile other = offices.create("rollup-other", List.of());

    Long seenByOther = scope.read(
        other.id(), () -> jdbc.queryForObject("select count(*) from stats_hourly", Long.class));

    assertThat(seenByOther).isZero();
    assertThat(read("select count(*) from stats_hourly")).isNotEqualTo(0L);
  }

  private void insertRandomRows(Instant start, int count, Random random) {
    UUID conversation = null;
    for (int i = 0; i < count; i++) {
      Instant at = start.plusSeconds(random.nextInt(48 * 3600));
      boolean opens = conversation == null || random.nextDouble() < 0.6;
      if (opens) {
        conversation = UUID.randomUUID();
      }
      String type =
          random.nextDouble() < 0.7 ? "answer" : random.nextBoolean() ? "clarify" : "fallback";
      Boolean helpful = random.nextDouble() < 0.7 ? null : random.nextDouble() < 0.8;
      rows.insert(
          at,
          LANGUAGES[random.nextInt(LANGUAGES.length)],
          type,
          type.equals("answer") ? ENTRIES[random.nextInt(ENTRIES.length)] : null,
          helpful,
          random.nextDouble() * 40,
          "Frage " + i,
          conversation,
          opens,
          null);
    }
  }

  private List<Map<String, Object>> rawBySlice() {
    return scope.read(office.id(), () -> jdbc.queryForList("""
        select date_trunc('hour', created_at, 'UTC') as hour, language, type as decision,
               coalesce(entry_key, '') as entry_key, count(*) as questions,
               count(*) filter (where opens_conversation) as conversations,
               count(*) filter (where helpful) as helpful,
               count(*) filter (where not helpful) as unhelpful
          from chat_message group by 1, 2, 3, 4 order by 1, 2, 3, 4"""));
  }

  private List<Map<String, Object>> aggregatedBySlice() {
    return scope.read(office.id(), () -> jdbc.queryForList("""
        select hour, language, decision, entry_key, questions::bigint as questions,
               conversations::bigint as conversations, helpful::bigint as helpful,
               unhelpful::bigint as unhelpful
          from stats_hourly order by 1, 2, 3, 4"""));
  }

  private List<Map<String, Object>> snapshot() {
    return scope.read(office.id(), () -> jdbc.queryForList("""
        select hour, language, decision, entry_key, category, questions, conversations, helpful,
               unhelpful, latency_buckets::text as buckets
          from stats_hourly order by 1, 2, 3, 4"""));
  }

  private List<Map<String, Object>> daily(String sql) {
    return scope.read(office.id(), () -> jdbc.queryForList(sql));
  }

  private List<Map<String, Object>> topicIndex() {
    return scope.read(office.id(), () -> jdbc.queryForList("""
        select unanswered, unhelpful, signature, words::text as words, conversation_id
          from stats_topic_question order by signature"""));
  }

  private Object read(String sql) {
    return scope.read(office.id(), () -> jdbc.queryForObject(sql, Object.class));
  }
}
