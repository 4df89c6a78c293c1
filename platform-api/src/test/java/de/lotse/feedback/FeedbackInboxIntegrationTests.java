package de.lotse.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.lotse.audit.AuditRecord;
import de.lotse.audit.AuditTrail;
import de.lotse.chat.RetentionJob;
import de.lotse.identity.AdminTokens;
import de.lotse.identity.DemoUser;
import de.lotse.identity.DevelopmentRealm;
import de.lotse.shared.TenantScope;
import de.lotse.support.HttpApi;
import de.lotse.support.PlatformIntegrationTest;
import de.lotse.support.TestOffices;
import de.lotse.tenant.TenantProfile;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The feedback inbox end to end: questions asked through the public chat (or written into the
 * log as the chat writes them), read and acted on through the admin API with real tokens. Each
 * test has its own office, worked on by the platform admin, who may touch every office; the
 * office's own staff and the ministry are tried on "rosenheim", whose name their tokens carry.
 */
@PlatformIntegrationTest
class FeedbackInboxIntegrationTests {

  private static final String NATURALISATION = "Wie lange dauert die Einbürgerung?";

  @LocalServerPort
  int port;

  @Autowired
  TestOffices offices;

  @Autowired
  TenantScope scope;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  AuditTrail audit;

  @Autowired
  RetentionJob retention;

  HttpApi api;
  TenantProfile office;

  @BeforeAll
  static void keycloakServesTheRealm() {
    DevelopmentRealm.requireReachable();
  }

  @BeforeEach
  void office() {
    api = new HttpApi(port);
    office = offices.createWithKnowledge("inbox", "kb/office-a.json");
  }

  @Test
  void groupsSimilarQuestionsAskedInTheChatWithCountsLanguagesEntriesAndScrubbedComments() {
    JsonNode first = ask("wie lange dauert die Einbürgerung");
    JsonNode second = ask("Einbürgerung wie lange dauert es?");
    JsonNode answered = ask("Wie bekomme ich einen Termin?");
    assertThat(List.of(
            first.get("type").asString(),
            second.get("type").asString(),
            answered.get("type").asString()))
        .containsExactly("fallback", "fallback", "answer");
    rate(answered, "Hilft nicht. Mein Name ist Ahmad Karimi, rufen Sie mich an: 0171 1234567");

    List<JsonNode> groups =
        await().atMost(Duration.ofSeconds(5)).until(() -> items(inbox("")), g -> g.size() == 2);

    JsonNode naturalisation = groups.get(0);
    assertThat(naturalisation.get("id").asString()).matches("[0-9a-f]{32}");
    assertThat(naturalisation.get("status").asString()).isEqualTo("open");
    assertThat(naturalisation.get("questions").asInt()).isEqualTo(2);
    assertThat(naturalisation.get("fallback").asInt()).isEqualTo(2);
    assertThat(naturalisation.get("unhelpful").asInt()).isZero();
    assertThat(naturalisation.get("languages").toString()).isEqualTo("[\"de\"]");
    assertThat(texts(naturalisation.get("variants"), "text"))
        .containsExactlyInAnyOrder(
            "wie lange dauert die Einbürgerung", "Einbürgerung wie lange dauert es?");
    assertThat(naturalisation.get("firstSeen").asString()).isNotBlank();
    assertThat(naturalisation.get("decision").isNull()).isTrue();
    JsonNode appointment = groups.get(1);
    assertThat(appointment.get("unhelpful").asInt()).isEqualTo(1);
    assertThat(appointment.get("answeredEntries").toString())
        .isEqualTo("[{\"entryKey\":\"appointment\",\"count\":1}]");
    String comment = appointment.get("comments").get(0).get("text").asString();
    assertThat(comment).contains("[NAME]", "[PHONE]").doesNotContain("Ahmad", "1234567");
    assertThat(appointment.get("commentCount").asInt()).isEqualTo(1);
  }

  @Test
  void anEmptyInboxIsAnEmptyList() {
    HttpApi.Response empty = inbox("");

    assertThat(empty.status()).isEqualTo(200);
    assertThat(empty.body()).isEqualTo("[]");
    assertThat(empty.header("X-Total-Count")).isEqualTo("0");
  }

  @Test
  void filtersByKindStatusAndPeriodAndPages() {
    Instant now = Instant.now();
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
    logFallback(now.minus(10, ChronoUnit.DAYS), "Wo kann ich parken?");
    logFallback(now.minus(10, ChronoUnit.DAYS).plusSeconds(60), "Wo kann ich parken");
    logUnhelpful(now.minus(2, ChronoUnit.DAYS), "Termin online buchen?", "appointment", null);

    assertThat(questions(inbox("kind=fallback"))).containsExactly("Wo kann ich parken");
    assertThat(questions(inbox("kind=unhelpful"))).containsExactly("Termin online buchen?");
    assertThat(questions(inbox("from=" + today.minusDays(11) + "&to=" + today.minusDays(9))))
        .containsExactly("Wo kann ich parken");
    assertThat(questions(inbox("from=" + today.minusDays(3))))
        .containsExactly("Termin online buchen?");
    assertThat(inbox("status=dismissed").body()).isEqualTo("[]");
    HttpApi.Response firstPage = inbox("size=1");
    assertThat(questions(firstPage)).containsExactly("Wo kann ich parken");
    assertThat(firstPage.header("X-Total-Count")).isEqualTo("2");
    assertThat(questions(inbox("size=1&page=1"))).containsExactly("Termin online buchen?");
    assertThat(inbox("size=1&page=2").body()).isEqualTo("[]");
  }

  @Test
  void refusesFiltersItCannotApplyNamingTheParameter() {
    assertThat(invalidField(inbox("kind=rude"))).isEqualTo("kind");
    assertThat(invalidField(inbox("status=closed"))).isEqualTo("status");
    assertThat(invalidField(inbox("from=yesterday"))).isEqualTo("from");
    assertThat(invalidField(inbox("from=2026-03-02&to=2026-03-01"))).isEqualTo("to");
    assertThat(invalidField(inbox("size=101"))).isEqualTo("size");
  }

  @Test
  void addingTheQuestionToAnEntryMakesTheChatAnswerItAndResolvesTheGroup() {
    logFallback(Instant.now().minusSeconds(60), NATURALISATION);
    String group = onlyGroup(inbox("")).get("id").asString();
    int revision = entry("appointment").get("currentRevision").asInt();

    HttpApi.Response added =
        act(group, "sample-question", "{\"entryKey\": \"appointment\", \"publish\": true}");

    assertThat(added.status()).as(added.toString()).isEqualTo(200);
    JsonNode entry = entry("appointment");
    assertThat(entry.get("currentRevision").asInt()).isEqualTo(revision + 1);
    assertThat(entry.get("status").asString()).isEqualTo("published");
    assertThat(texts(entry.at("/translations/de/questions"), null)).contains(NATURALISATION);
    assertThat(added.json().at("/decision/status").asString()).isEqualTo("resolved");
    assertThat(added.json().at("/decision/entryKey").asString()).isEqualTo("appointment");
    assertThat(inbox("").body()).isEqualTo("[]");
    assertThat(onlyGroup(inbox("status=resolved")).at("/decision/action").asString())
        .isEqualTo("sample-question");
    assertThat(actions()).contains("feedback.sample-question", "entry.updated", "entry.published");

    JsonNode askedAgain = ask(NATURALISATION);
    assertThat(askedAgain.get("type").asString()).isEqualTo("answer");
    assertThat(askedAgain.get("entryKey").asString()).isEqualTo("appointment");

    // Still not helpful: the group opens again and shows what was done.
    rate(askedAgain, null);
    JsonNode reopened = await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> items(inbox("")), g -> g.size() == 1)
        .get(0);
    assertThat(reopened.get("id").asString()).isEqualTo(group);
    assertThat(reopened.get("unhelpful").asInt()).isEqualTo(1);
    assertThat(reopened.at("/decision/status").asString()).isEqualTo("resolved");
  }

  @Test
  void createsADraftEntryPrefilledWithTheGroupsQuestions() {
    Instant now = Instant.now();
    logFallback(now.minusSeconds(90), NATURALISATION);
    logFallback(now.minusSeconds(60), "Einbürgerung wie lange dauert es");
    logFallback(now.minusSeconds(30), NATURALISATION);
    String group = onlyGroup(inbox("")).get("id").asString();

    HttpApi.Response withoutAnswer = act(group, "entry", "{\"category\": \"residence\"}");
    HttpApi.Response created = act(
        group,
        "entry",
        "{\"category\": \"residence\", \"translations\": {\"de\": {\"answer\": \"Etwa sechs"
            + " Monate.\"}}}");

    assertThat(withoutAnswer.status()).as(withoutAnswer.toString()).isEqualTo(422);
    assertThat(withoutAnswer.json().get("errors").toString()).contains("answer");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.header("Location")).endsWith("/entries/lange-dauert-einburgerung");
    JsonNode entry = entry("lange-dauert-einburgerung");
    assertThat(entry.get("status").asString()).isEqualTo("draft");
    assertThat(entry.at("/translations/de/title").asString()).isEqualTo(NATURALISATION);
    assertThat(texts(entry.at("/translations/de/questions"), null))
        .containsExactly(NATURALISATION, "Einbürgerung wie lange dauert es");
    assertThat(entry.at("/translations/de/answer").asString()).isEqualTo("Etwa sechs Monate.");
    assertThat(onlyGroup(inbox("status=resolved")).at("/decision/entryKey").asString())
        .isEqualTo("lange-dauert-einburgerung");
    assertThat(actions()).contains("feedback.entry-created", "entry.created");
  }

  @Test
  void aDismissedGroupStaysDismissedForNewQuestionsAndAcrossTheRetentionPurge() {
    Instant longAgo = Instant.now().minus(200, ChronoUnit.DAYS);
    logFallback(longAgo, "Hallo");
    String group = onlyGroup(inbox("")).get("id").asString();

    HttpApi.Response dismissed = act(group, "dismiss", null);
    logFallback(Instant.now().minusSeconds(5), "hallo!");

    assertThat(dismissed.status()).as(dismissed.toString()).isEqualTo(200);
    assertThat(inbox("").body()).isEqualTo("[]");
    assertThat(onlyGroup(inbox("status=dismissed")).get("questions").asInt()).isEqualTo(2);

    assertThat(assignedQuestions()).isEqualTo(2);
    retention.purgeOlderThan(Instant.now().minus(90, ChronoUnit.DAYS));
    assertThat(assignedQuestions()).as("assignments go with their questions").isEqualTo(1);
    logFallback(Instant.now(), "HALLO");

    JsonNode afterPurge = onlyGroup(inbox("status=dismissed"));
    assertThat(afterPurge.get("id").asString()).isEqualTo(group);
    assertThat(afterPurge.get("questions").asInt()).isEqualTo(2);
    assertThat(inbox("").body()).isEqualTo("[]");

    assertThat(act(group, "reopen", null).status()).isEqualTo(204);
    assertThat(onlyGroup(inbox("")).get("questions").asInt()).isEqualTo(2);
    assertThat(actions()).contains("feedback.dismissed", "feedback.reopened");
  }

  @Test
  void actionsNameWhatIsWrong() {
    logFallback(Instant.now().minusSeconds(60), "Wie lange dauert die Einbürgerung?");
    String group = onlyGroup(inbox("")).get("id").asString();
    String unknown = "0".repeat(32);

    HttpApi.Response noSuchGroup = act(unknown, "dismiss", null);
    assertThat(noSuchGroup.status()).isEqualTo(404);
    assertThat(noSuchGroup.json().get("type").asString())
        .isEqualTo("urn:lotse:problem:feedback-group-not-found");
    assertThat(invalidField(act(group, "sample-question", "{}"))).isEqualTo("entryKey");
    assertThat(invalidField(
            act(group, "sample-question", "{\"entryKey\": \"appointment\", \"language\": \"fr\"}")))
        .isEqualTo("language");
    assertThat(invalidField(act(
            group,
            "sample-question",
            "{\"entryKey\": \"appointment\", \"question\": \"Was kostet das?\"}")))
        .isEqualTo("question");
    // An English question, and "blue-card" has no English translation to add it to
    logFallback(Instant.now().minusSeconds(30), "How long does naturalisation take?");
    String english = items(inbox("")).stream()
        .filter(g -> g.get("languages").toString().contains("en"))
        .findFirst()
        .orElseThrow()
        .get("id")
        .asString();
    assertThat(invalidField(act(english, "sample-question", "{\"entryKey\": \"blue-card\"}")))
        .isEqualTo("language");
    HttpApi.Response noSuchEntry = act(group, "sample-question", "{\"entryKey\": \"nope\"}");
    assertThat(noSuchEntry.status()).isEqualTo(404);
    assertThat(noSuchEntry.json().get("type").asString())
        .isEqualTo("urn:lotse:problem:entry-not-found");
    assertThat(inbox("").body())
        .as("nothing was decided")
        .contains(group)
        .contains("\"decision\":null");
  }

  @Test
  void anotherOfficesGroupIsNotFoundHere() {
    logFallback(Instant.now().minusSeconds(60), NATURALISATION);
    String group = onlyGroup(inbox("")).get("id").asString();
    TenantProfile other = offices.createWithKnowledge("inbox-other", "kb/office-a.json");

    HttpApi.Response elsewhere = api.post(
        "/api/v1/admin/tenants/" + other.slug() + "/feedback/" + group + "/dismiss",
        "",
        platformAdmin());

    assertThat(elsewhere.status()).isEqualTo(404);
    assertThat(onlyGroup(inbox("")).get("decision").isNull()).isTrue();
  }

  @Test
  void rowLevelSecurityKeepsAnOfficesGroupsAndDecisionsFromAnother() {
    logFallback(Instant.now().minusSeconds(60), NATURALISATION);
    act(onlyGroup(inbox("")).get("id").asString(), "dismiss", null);
    TenantProfile other = offices.create("inbox-rls", List.of());

    // Asked in the other office's scope for this office's rows by name: the policy hides them.
    String count = "select (select count(*) from feedback_group_decision where tenant_id = ?)"
        + " + (select count(*) from feedback_question_group where tenant_id = ?)";
    Integer seenByOther = scope.read(
        other.id(), () -> jdbc.queryForObject(count, Integer.class, office.id(), office.id()));
    Integer seenByOwner = scope.read(
        office.id(), () -> jdbc.queryForObject(count, Integer.class, office.id(), office.id()));

    assertThat(seenByOther).isZero();
    assertThat(seenByOwner).isEqualTo(2);
  }

  @Test
  void officeStaffReadTheInboxButTheMinistryNeverSeesWhatCitizensWrote() {
    TenantProfile rosenheim = offices.demoOffice("rosenheim", "kb/office-a.json");
    String marker = "Quittungsnummer " + UUID.randomUUID().toString().substring(0, 8);
    log(rosenheim, Instant.now().minusSeconds(30), "fallback", null, marker, null, null);
    String path = "/api/v1/admin/tenants/rosenheim/feedback?size=100";

    HttpApi.Response editor =
        api.get(path, "Authorization", AdminTokens.bearer(DemoUser.ROSENHEIM_EDITOR));
    HttpApi.Response ministry =
        api.get(path, "Authorization", AdminTokens.bearer(DemoUser.MINISTRY_ANALYST));

    assertThat(editor.status()).isEqualTo(200);
    assertThat(editor.body()).contains(marker);
    assertThat(ministry.status()).isEqualTo(403);
    assertThat(ministry.json().get("type").asString()).isEqualTo("urn:lotse:problem:forbidden");
    assertThat(ministry.body()).doesNotContain(marker);
  }

  private JsonNode ask(String question) {
    HttpApi.Response reply = api.post(
        "/api/v1/public/tenants/" + office.slug() + "/messages",
        HttpApi.json(Map.of("question", question, "language", "de")));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }

  private void rate(JsonNode reply, String comment) {
    Map<String, Object> body =
        comment == null ? Map.of("helpful", false) : Map.of("helpful", false, "comment", comment);
    HttpApi.Response rated = api.post(
        "/api/v1/public/tenants/" + office.slug() + "/messages/"
            + reply.get("messageId").asString() + "/feedback",
        HttpApi.json(body));
    assertThat(rated.status()).as(rated.toString()).isEqualTo(204);
  }

  private HttpApi.Response inbox(String query) {
    return api.get(
        "/api/v1/admin/tenants/" + office.slug() + "/feedback?" + query, platformAdmin());
  }

  private HttpApi.Response act(String group, String action, String body) {
    String path = "/api/v1/admin/tenants/" + office.slug() + "/feedback/" + group + "/" + action;
    return api.send(
        "POST",
        path,
        body == null ? null : "application/json",
        body == null ? null : body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        platformAdmin());
  }

  private JsonNode entry(String key) {
    HttpApi.Response entry =
        api.get("/api/v1/admin/tenants/" + office.slug() + "/entries/" + key, platformAdmin());
    assertThat(entry.status()).as(entry.toString()).isEqualTo(200);
    return entry.json();
  }

  private int assignedQuestions() {
    return scope.read(
        office.id(),
        () -> jdbc.queryForObject("select count(*) from feedback_question_group", Integer.class));
  }

  private List<String> actions() {
    return audit.page(office.id(), 0, 50).items().stream()
        .map(AuditRecord::action)
        .toList();
  }

  private static String[] platformAdmin() {
    return new String[] {"Authorization", AdminTokens.bearer(DemoUser.PLATFORM_ADMIN)};
  }

  private static List<JsonNode> items(HttpApi.Response response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return StreamSupport.stream(response.json().spliterator(), false).toList();
  }

  private static JsonNode onlyGroup(HttpApi.Response response) {
    List<JsonNode> groups = items(response);
    assertThat(groups).as(response.body()).hasSize(1);
    return groups.get(0);
  }

  private static List<String> questions(HttpApi.Response response) {
    return items(response).stream().map(g -> g.get("question").asString()).toList();
  }

  private static List<String> texts(JsonNode array, String field) {
    return StreamSupport.stream(array.spliterator(), false)
        .map(n -> field == null ? n.asString() : n.get(field).asString())
        .toList();
  }

  private static String invalidField(HttpApi.Response response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    assertThat(response.json().get("type").asString()).isEqualTo("urn:lotse:problem:validation");
    return response.json().get("errors").get(0).get("field").asString();
  }

  private void logFallback(Instant at, String question) {
    log(office, at, "fallback", null, question, null, null);
  }

  private void logUnhelpful(Instant at, String question, String entryKey, String comment) {
    log(office, at, "answer", entryKey, question, false, comment);
  }

  /** A row as the chat's log writer stores it: the question already scrubbed. */
  private void log(
      TenantProfile into,
      Instant at,
      String type,
      String entryKey,
      String question,
      Boolean helpful,
      String comment) {
    scope.write(
        into.id(),
        () -> jdbc.update(
            """
        insert into chat_message (id, tenant_id, conversation_id, created_at, language, type,
                                  entry_key, score, latency_ms, question, helpful,
                                  feedback_comment, feedback_at)
        values (?, ?, ?, ?, 'de', ?, ?, 0.2, 3.0, ?, ?, ?, ?)""",
            UUID.randomUUID(),
            into.id(),
            UUID.randomUUID(),
            Timestamp.from(at),
            type,
            entryKey,
            question,
            helpful,
            comment,
            helpful == null ? null : Timestamp.from(at)));
  }
}
