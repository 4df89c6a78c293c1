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
import de.lotse.tenant.TenantService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The ministry's view of the pilot, in a week of February 2025 that only this test fills (it
 * clears January and February 2025 in every office first): offices
 * side by side, and no personal data in any of its answers (JSON, every CSV table in both
 * variants, the monthly report).
 */
@PlatformIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // one pilot for all tests: it is read only
class PilotStatsIntegrationTests {

  private static final String RANGE = "from=2025-02-03&to=2025-02-09";
  private static final Pattern UUID_LIKE = Pattern.compile(
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern PSEUDONYM_LIKE = Pattern.compile("[0-9a-f]{32}");

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
  TenantService tenants;

  HttpApi api;
  TenantProfile officeA;
  TenantProfile officeB;
  /** Everything personal the test wrote: none of it may reach the ministry. */
  final List<String> personal = new ArrayList<>();

  @BeforeAll
  void pilot() {
    DevelopmentRealm.requireReachable();
    api = new HttpApi(port);
    clearTheWeekInEveryOffice();
    officeA = offices.createWithKnowledge("pilot-a", "kb/office-a.json");
    officeB = offices.createWithKnowledge("pilot-b", "kb/office-b.json");
    ChatRows a = new ChatRows(scope, jdbc, officeA.id());
    ChatRows b = new ChatRows(scope, jdbc, officeB.id());
    Instant monday = Instant.parse("2025-02-03T09:00:00Z");
    // Five conversations ask the same thing, each with a word of its own (a name the scrubber
    // missed, say): the topic may show, the single words may not.
    for (int i = 0; i < 5; i++) {
      String own = "Quorvanek" + i;
      personal.add(own);
      insert(
          a,
          monday.plusSeconds(3_600L * i),
          "fallback",
          null,
          "Führerschein umschreiben " + own,
          null);
    }
    // Four conversations are below k = 5: nothing of them may show.
    for (int i = 0; i < 4; i++) {
      insert(
          b,
          monday.plusSeconds(86_400L + 600L * i),
          "fallback",
          null,
          "Hundesteuer anmelden Bellowitz" + i,
          null);
    }
    personal.add("Hundesteuer");
    personal.add("Bellowitz");
    // A rated answer with a comment.
    UUID id = insert(
        a,
        monday.plusSeconds(7_200),
        "answer",
        "extend-permit",
        "Zyprianus fragt nach Verlängerung",
        "Kommentar von Zyprianus: Xelbrandt");
    personal.add(id.toString());
    personal.add("Zyprianus");
    personal.add("Xelbrandt");
    rollup.rollUpChanges(officeA.id());
    rollup.rollUpChanges(officeB.id());
  }

  @Test
  void showsEveryOfficeSideBySideWithPilotTotalsAndFiguresPerThousandQuestions() {
    JsonNode pilot =
        ministry("/api/v1/admin/stats/offices?" + RANGE + "&granularity=week").json();

    JsonNode a = column(pilot, officeA.slug());
    JsonNode b = column(pilot, officeB.slug());
    assertThat(a.get("totals").get("questions").asLong()).isEqualTo(6);
    assertThat(a.get("perThousandQuestions").get("fallbacks").asDouble()).isEqualTo(833.3);
    assertThat(a.get("perThousandQuestions").get("answered").asDouble()).isEqualTo(166.7);
    assertThat(b.get("totals").get("fallbacks").asLong()).isEqualTo(4);
    assertThat(pilot.get("totals").get("questions").asLong()).isEqualTo(10);
    assertThat(pilot.get("totals").get("unhelpful").asLong()).isEqualTo(1);
    assertThat(pilot.get("periods")).hasSize(1);
    assertThat(a.get("periods").get(0).get("figures").get("questions").asLong()).isEqualTo(6);
    assertThat(pilot.get("languages").get(0).get("key").asString()).isEqualTo("de");
  }

  @Test
  void showsATopicOfFiveConversationsAsTheirCommonWordsOnly() {
    JsonNode topics = ministry("/api/v1/admin/stats/offices?" + RANGE).json().get("topics");

    assertThat(topics.get("minimumConversations").asInt()).isEqualTo(5);
    assertThat(topics.get("unanswered")).hasSize(1);
    JsonNode topic = topics.get("unanswered").get(0);
    assertThat(topic.get("words").valueStream().map(JsonNode::asString))
        .containsExactly("führerschein", "umschreiben");
    assertThat(topic.get("conversations").asLong()).isEqualTo(5);
    assertThat(topic.get("offices").get(0).asString()).isEqualTo(officeA.slug());
    assertThat(topics.get("unhelpful")).isEmpty(); // one conversation only
  }

  @Test
  void noPersonalDataReachesAnyMinistryEndpoint() {
    Map<String, HttpApi.Response> answers = new LinkedHashMap<>();
    answers.put("json", ministry("/api/v1/admin/stats/offices?" + RANGE));
    for (String table : StatsCsv.PILOT_TABLES) {
      for (String format : List.of("csv", "excel")) {
        answers.put(
            table + "/" + format,
            ministry("/api/v1/admin/stats/offices/export?" + RANGE + "&table=" + table + "&format="
                + format));
      }
    }
    answers.put("report", ministry("/api/v1/admin/stats/report?month=2025-02"));

    for (Map.Entry<String, HttpApi.Response> answer : answers.entrySet()) {
      HttpApi.Response response = answer.getValue();
      String body = response.body();
      assertThat(response.status()).as(answer.getKey()).isEqualTo(200);
      for (String secret : personal) {
        assertThat(body).as(answer.getKey()).doesNotContainIgnoringCase(secret);
      }
      assertThat(body)
          .as(answer.getKey() + ": no question text")
          .doesNotContainIgnoringCase("Führerschein umschreiben Quorvanek")
          .doesNotContainIgnoringCase("fragt nach Verlängerung");
      assertThat(UUID_LIKE.matcher(body).find())
          .as(answer.getKey() + ": no ids")
          .isFalse();
      assertThat(PSEUDONYM_LIKE.matcher(body).find())
          .as(answer.getKey() + ": no pseudonyms")
          .isFalse();
    }
    // The test can see text when it is there: the shared words of the k = 5 topic.
    assertThat(answers.get("json").body()).contains("führerschein");
    assertThat(answers.get("topics/csv").body()).contains("führerschein umschreiben");
    assertThat(answers.get("report").body()).contains("führerschein, umschreiben");
  }

  @Test
  void csvExportsMatchTheApi() {
    JsonNode pilot = ministry("/api/v1/admin/stats/offices?" + RANGE).json();
    String csv = ministry("/api/v1/admin/stats/offices/export?" + RANGE).body();

    List<String> header = List.of(csv.lines().findFirst().orElseThrow().split(","));
    String[] rowA = csv.lines()
        .filter(l -> l.startsWith(officeA.slug() + ","))
        .findFirst()
        .orElseThrow()
        .split(",");
    JsonNode a = column(pilot, officeA.slug());
    assertThat(rowA[header.indexOf("questions")])
        .isEqualTo(a.get("totals").get("questions").asString());
    assertThat(rowA[header.indexOf("fallbacks_per_1000")]).isEqualTo("833.3");
    String total =
        csv.lines().filter(l -> l.startsWith(",pilot total,")).findFirst().orElseThrow();
    assertThat(total.split(",")[header.indexOf("questions")]).isEqualTo("10");
  }

  @Test
  void theMonthlyReportIsAPrintablePageShownInlineOrSavedAsAFile() {
    HttpApi.Response report = ministry("/api/v1/admin/stats/report?month=2025-02");

    assertThat(report.header("Content-Type")).startsWith("text/html");
    assertThat(report.header("Content-Disposition"))
        .isEqualTo("inline; filename=\"lotse-monatsbericht-2025-02.html\"");
    assertThat(ministry("/api/v1/admin/stats/report?month=2025-02&download=true")
            .header("Content-Disposition"))
        .isEqualTo("attachment; filename=\"lotse-monatsbericht-2025-02.html\"");
    assertThat(report.body())
        .contains("<html lang=\"de\"")
        .contains("@media print")
        .contains("@page{size:A4")
        .contains("thead{display:table-header-group}")
        .contains("Monatsbericht Februar 2025")
        .contains(officeA.displayName())
        .contains("<th scope=\"col\">");
    assertThat(ministry("/api/v1/admin/stats/report?month=Feb").status()).isEqualTo(400);
    assertThat(ministry("/api/v1/admin/stats/report?month=2025-02&download=maybe")
            .json()
            .get("errors")
            .get(0)
            .get("field")
            .asString())
        .isEqualTo("download");
  }

  /** Earlier runs of this test (the database persists) must not add to the pilot's figures. */
  private void clearTheWeekInEveryOffice() {
    Instant from = Instant.parse("2025-01-01T00:00:00Z");
    Instant to = Instant.parse("2025-03-01T00:00:00Z");
    for (TenantProfile office : tenants.all()) {
      scope.write(office.id(), () -> {
        jdbc.update(
            "delete from chat_message where created_at >= ? and created_at < ?",
            java.sql.Timestamp.from(from),
            java.sql.Timestamp.from(to));
        jdbc.update(
            "delete from stats_hourly where hour >= ? and hour < ?",
            java.sql.Timestamp.from(from),
            java.sql.Timestamp.from(to));
        jdbc.update("delete from stats_daily where day >= '2024-12-31' and day < '2025-03-02'");
      });
    }
  }

  private UUID insert(
      ChatRows rows, Instant at, String type, String entryKey, String question, String comment) {
    UUID conversation = UUID.randomUUID();
    personal.add(conversation.toString());
    UUID id = rows.insert(
        at,
        "de",
        type,
        entryKey,
        comment == null ? null : false,
        3,
        question,
        conversation,
        true,
        comment);
    personal.add(id.toString());
    return id;
  }

  private HttpApi.Response ministry(String path) {
    return api.get(path, "Authorization", AdminTokens.bearer(DemoUser.MINISTRY_ANALYST));
  }

  private static JsonNode column(JsonNode pilot, String slug) {
    for (JsonNode office : pilot.get("offices")) {
      if (office.get("office").asString().equals(slug)) {
        return office;
      }
    }
    throw new AssertionError("no column for " + slug);
  }
}
