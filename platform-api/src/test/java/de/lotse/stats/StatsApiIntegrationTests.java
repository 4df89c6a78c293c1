package de.lotse.stats;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.identity.AdminTokens;
import de.lotse.identity.DemoUser;
import de.lotse.identity.DevelopmentRealm;
import de.lotse.shared.TenantScope;
import de.lotse.support.HttpApi;
import de.lotse.support.PlatformIntegrationTest;
import de.lotse.support.TestOffices;
import de.lotse.tenant.TenantProfile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * An office's statistics through the admin API, checked against hand-counted rows around the
 * change to summer time (29 March 2026) and a test office open "Mo–Fr 8–12".
 */
@PlatformIntegrationTest
class StatsApiIntegrationTests {

  private static final String INJECTION = "=HYPERLINK(\"http://evil.example\",\"x\")";

  @LocalServerPort
  int port;

  @Autowired
  TestOffices offices;

  @Autowired
  TenantScope scope;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  HourlyRollup rollup;

  @Autowired
  StatsQueries queries;

  HttpApi api;
  TenantProfile office;

  @BeforeAll
  static void keycloak() {
    DevelopmentRealm.requireReachable();
  }

  @BeforeEach
  void office() {
    api = new HttpApi(port);
    office = offices.createWithKnowledge("stats", "kb/office-a.json");
    ChatRows rows = new ChatRows(scope, jdbc, office.id());
    UUID firstConversation = UUID.randomUUID();
    // Friday 27 March, 10:30 and 10:32 in Berlin (CET): one conversation, inside office hours.
    rows.insert(
        Instant.parse("2026-03-27T09:30:00Z"),
        "de",
        "answer",
        "extend-permit",
        true,
        4,
        "Aufenthaltserlaubnis verlängern",
        firstConversation,
        true,
        null);
    rows.insert(
        Instant.parse("2026-03-27T09:32:00Z"),
        "de",
        "answer",
        "lost-passport",
        false,
        6,
        "Pass verloren",
        firstConversation,
        false,
        "Hilft nicht");
    // Sunday 29 March, 00:30 CET: in UTC still the 28th.
    rows.insert(
        Instant.parse("2026-03-28T23:30:00Z"),
        "en",
        "fallback",
        null,
        null,
        2,
        INJECTION,
        UUID.randomUUID(),
        true,
        null);
    // Monday 30 March, 00:30 CEST: in UTC still the 29th.
    rows.insert(Instant.parse("2026-03-29T22:30:00Z"), "ar", "clarify", null, null, 3);
    // Monday 30 March, 10:15 CEST: inside office hours.
    rows.insert(Instant.parse("2026-03-30T08:15:00Z"), "tr", "answer", "appointment", null, 8);
    rollup.rollUpChanges(office.id());
  }

  @Test
  void countsEachFigureOnceInTheRightBerlinDay() {
    JsonNode stats = get("?from=2026-03-27&to=2026-03-30&granularity=day").json();

    assertThat(stats.get("timeZone").asString()).isEqualTo("Europe/Berlin");
    assertThat(stats.get("periods").findValuesAsString("start"))
        .containsExactly("2026-03-27", "2026-03-28", "2026-03-29", "2026-03-30");
    assertThat(questionsPerPeriod(stats)).containsExactly(2L, 0L, 1L, 2L);
    JsonNode totals = stats.get("totals");
    assertThat(totals.get("questions").asLong()).isEqualTo(5);
    assertThat(totals.get("conversations").asLong()).isEqualTo(4);
    assertThat(totals.get("answered").asLong()).isEqualTo(3);
    assertThat(totals.get("clarified").asLong()).isEqualTo(1);
    assertThat(totals.get("fallbacks").asLong()).isEqualTo(1);
    assertThat(totals.get("answerRate").asDouble()).isEqualTo(0.6);
    assertThat(totals.get("helpful").asLong()).isEqualTo(1);
    assertThat(totals.get("unhelpful").asLong()).isEqualTo(1);
    assertThat(totals.get("helpfulRate").asDouble()).isEqualTo(0.5);
    assertThat(totals.get("outsideOfficeHours").asLong()).isEqualTo(2);
    assertThat(totals.get("outsideOfficeHoursShare").asDouble()).isEqualTo(0.4);
    assertThat(totals.get("medianLatencyMs").asDouble()).isEqualTo(4.0);
    // (3 answered - 1 rated unhelpful) x 0.5
    assertThat(totals.get("contactsAvoided").asLong()).isEqualTo(1);
    assertThat(stats.get("contactsAvoided").get("factor").asDouble()).isEqualTo(0.5);
  }

  @Test
  void weeksStartOnMondayAndCutPeriodsAreMarked() {
    JsonNode stats = get("?from=2026-03-27&to=2026-03-30&granularity=week").json();

    assertThat(stats.get("periods").findValuesAsString("start"))
        .containsExactly("2026-03-27", "2026-03-30");
    assertThat(questionsPerPeriod(stats)).containsExactly(3L, 2L);
    assertThat(stats.get("periods").get(0).get("partial").asBoolean()).isTrue();
  }

  @Test
  void slicesByLanguageCategoryEntryAndLocalHourOfTheWeek() {
    JsonNode stats = get("?from=2026-03-27&to=2026-03-30").json();

    assertThat(stats.get("languages").findValuesAsString("key"))
        .containsExactly("de", "ar", "en", "tr");
    assertThat(stats.get("categories").get(0).get("key").asString()).isEqualTo("residence");
    assertThat(stats.get("categories").get(0).get("questions").asLong()).isEqualTo(2);
    assertThat(stats.get("entries").findValuesAsString("entryKey"))
        .containsExactlyInAnyOrder("extend-permit", "lost-passport", "appointment");
    JsonNode load = stats.get("load");
    assertThat(load.get("byWeekday").get(4).get("hours").get(10).asLong()).isEqualTo(2); // Fri
    assertThat(load.get("byWeekday").get(6).get("hours").get(0).asLong()).isEqualTo(1); // Sun
    assertThat(load.get("byWeekday").get(0).get("hours").get(0).asLong()).isEqualTo(1); // Mon
    assertThat(load.get("byWeekday").get(0).get("hours").get(10).asLong()).isEqualTo(1);
    assertThat(load.get("officeHours").get("source").asString()).isEqualTo("opening-hours");
  }

  @Test
  void countsABavarianPublicHolidayAsOutsideOfficeHoursAllDay() {
    ChatRows rows = new ChatRows(scope, jdbc, office.id());
    // 10:00 in Berlin (CEST) on Wednesday 3 June 2026, and on Corpus Christi the day after.
    rows.insert(Instant.parse("2026-06-03T08:00:00Z"), "de", "answer", "extend-permit", null, 3);
    rows.insert(Instant.parse("2026-06-04T08:00:00Z"), "de", "answer", "extend-permit", null, 3);
    rollup.rollUpRange(
        office.id(), Instant.parse("2026-06-03T00:00:00Z"), Instant.parse("2026-06-05T00:00:00Z"));

    JsonNode stats = get("?from=2026-06-03&to=2026-06-04").json();

    assertThat(stats.get("totals").get("questions").asLong()).isEqualTo(2);
    assertThat(stats.get("totals").get("outsideOfficeHours").asLong()).isEqualTo(1);
    assertThat(
            stats.get("periods").get(1).get("figures").get("outsideOfficeHours").asLong())
        .isEqualTo(1);
    JsonNode holidays = stats.get("load").get("officeHours").get("holidays");
    assertThat(holidays).hasSize(1);
    assertThat(holidays.get(0).get("date").asString()).isEqualTo("2026-06-04");
    assertThat(holidays.get(0).get("name").asString()).isEqualTo("Fronleichnam");
  }

  @Test
  void listsEntriesWithTheirTitleInTheOfficesLanguageBesideTheKey() {
    // An entry the knowledge base no longer has still counts, without a title.
    new ChatRows(scope, jdbc, office.id())
        .insert(Instant.parse("2026-03-26T09:00:00Z"), "de", "answer", "retired-entry", null, 3);
    // Rows dated in the past: the change-driven roll-up looks only at rows newer than its last run.
    rollup.rollUpRange(
        office.id(), Instant.parse("2026-03-26T00:00:00Z"), Instant.parse("2026-03-27T00:00:00Z"));

    JsonNode entries = get("?from=2026-03-26&to=2026-03-30").json().get("entries");
    HttpApi.Response csv = get("/export?from=2026-03-26&to=2026-03-30&table=entries");

    assertThat(entries.findValuesAsString("entryKey")).contains("extend-permit");
    for (JsonNode entry : entries) {
      String expected = switch (entry.get("entryKey").asString()) {
        case "extend-permit" -> "Aufenthaltserlaubnis verlängern";
        case "lost-passport" -> "Reisepass verloren";
        case "appointment" -> "Termin vereinbaren";
        default -> null;
      };
      assertThat(entry.get("title").isNull() ? null : entry.get("title").asString())
          .as(entry.get("entryKey").asString())
          .isEqualTo(expected);
    }
    assertThat(csv.body().lines().findFirst().orElseThrow())
        .isEqualTo("entry_key,category,answered,helpful,unhelpful,helpful_rate,title");
    assertThat(csv.body())
        .contains("\r\nextend-permit,residence,1,1,0,1," + "Aufenthaltserlaubnis verlängern\r\n")
        .contains("\r\nretired-entry,,1,0,0,,\r\n");
    assertThat(scope.read(office.id(), () -> queries.entryTitles("en")))
        .containsEntry("extend-permit", "Extending a residence permit")
        .containsEntry("blue-card", "Blaue Karte EU"); // no English text: German
  }

  @Test
  void showsTheOfficeItsOwnUnansweredAndUnhelpfulQuestions() {
    JsonNode topics = get("?from=2026-03-27&to=2026-03-30").json().get("topics");

    assertThat(topics.get("unanswered").get(0).get("label").asString()).isEqualTo(INJECTION);
    assertThat(topics.get("unhelpful").get(0).get("label").asString()).isEqualTo("Pass verloren");
    assertThat(topics.get("coveredFrom").asString()).isEqualTo("2026-03-27");
  }

  @Test
  void csvExportHasTheApisNumbers() {
    JsonNode stats = get("?from=2026-03-27&to=2026-03-30").json();
    HttpApi.Response csv = get("/export?from=2026-03-27&to=2026-03-30");

    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.header("Content-Type")).startsWith("text/csv");
    assertThat(csv.header("Content-Disposition")).contains("attachment").contains(".csv");
    List<String[]> lines = csv.body().lines().map(l -> l.split(",", -1)).toList();
    List<String> header = List.of(lines.get(0));
    for (int i = 0; i < 4; i++) {
      JsonNode period = stats.get("periods").get(i);
      String[] line = lines.get(i + 1);
      assertThat(line[header.indexOf("period_start")])
          .isEqualTo(period.get("start").asString());
      assertThat(line[header.indexOf("questions")])
          .isEqualTo(period.get("figures").get("questions").asString());
      assertThat(line[header.indexOf("outside_office_hours")])
          .isEqualTo(period.get("figures").get("outsideOfficeHours").asString());
    }
    String[] total = lines.get(5);
    assertThat(total[header.indexOf("answer_rate")]).isEqualTo("0.6");
    assertThat(total[header.indexOf("contacts_avoided")]).isEqualTo("1");
  }

  @Test
  void excelExportHasByteOrderMarkSemicolonsDecimalCommasAndNoFormulas() {
    HttpApi.Response periods = get("/export?from=2026-03-27&to=2026-03-30&format=excel");
    HttpApi.Response topics =
        get("/export?from=2026-03-27&to=2026-03-30&format=excel" + "&table=topics");

    assertThat(periods.body()).startsWith("\uFEFFperiod_start;period_end;partial;");
    assertThat(periods.body()).contains(";0,6;");
    assertThat(topics.body()).contains("'=HYPERLINK");
    for (String line : topics.body().lines().toList()) {
      for (String cell : line.split(";")) {
        assertThat(cell.replace("\"", "")).doesNotStartWith("=");
      }
    }
    assertThat(topics.body()).contains("unanswered;");
  }

  @Test
  void refusesBadParametersNamingTheField() {
    assertField(get("?from=2026-03-30&to=2026-03-27"), "from");
    assertField(get("?from=yesterday"), "from");
    assertField(get("?granularity=year"), "granularity");
    assertField(get("/export?format=pdf"), "format");
    assertField(get("/export?table=secrets"), "table");
  }

  @Test
  void countsAConversationOnceThroughTheRealChat() throws InterruptedException {
    TenantProfile chatOffice = offices.createWithKnowledge("stats-chat", "kb/office-a.json");
    String path = "/api/v1/public/tenants/" + chatOffice.slug() + "/messages";
    JsonNode first = api.post(
            path,
            HttpApi.json(
                java.util.Map.of("question", "Wie verlängere ich meine Aufenthaltserlaubnis?")))
        .json();
    api.post(
        path,
        HttpApi.json(java.util.Map.of(
            "question",
            "Reisepass verloren",
            "conversationId",
            first.get("conversationId").asString())));
    assertThat(api.post(
                path + "/" + first.get("messageId").asString() + "/feedback", "{\"helpful\": true}")
            .status())
        .isEqualTo(204);
    awaitRows(chatOffice, 2);

    rollup.rollUpChanges(chatOffice.id());

    JsonNode totals = api.get(
            "/api/v1/admin/tenants/" + chatOffice.slug() + "/stats",
            "Authorization",
            AdminTokens.bearer(DemoUser.PLATFORM_ADMIN))
        .json()
        .get("totals");
    assertThat(totals.get("questions").asLong()).isEqualTo(2);
    assertThat(totals.get("conversations").asLong()).isEqualTo(1);
    assertThat(totals.get("helpful").asLong()).isEqualTo(1);
    assertThat(totals.get("medianLatencyMs").isNull()).isFalse();
  }

  private void awaitRows(TenantProfile target, long expected) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      Long count = scope.read(
          target.id(), () -> jdbc.queryForObject("select count(*) from chat_message", Long.class));
      if (count == expected) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the conversation log did not get " + expected + " rows");
  }

  private HttpApi.Response get(String query) {
    return api.get(
        "/api/v1/admin/tenants/" + office.slug() + "/stats" + query,
        "Authorization",
        AdminTokens.bearer(DemoUser.PLATFORM_ADMIN));
  }

  private static List<Long> questionsPerPeriod(JsonNode stats) {
    List<Long> counts = new ArrayList<>();
    stats
        .get("periods")
        .forEach(p -> counts.add(p.get("figures").get("questions").asLong()));
    return counts;
  }

  private static void assertField(HttpApi.Response response, String field) {
    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    assertThat(response.json().get("type").asString()).isEqualTo("urn:lotse:problem:validation");
    assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
  }
}
