package de.lotse.chat;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.shared.TenantScope;
import de.lotse.support.HttpApi;
import de.lotse.support.HttpApi.Response;
import de.lotse.support.PlatformIntegrationTest;
import de.lotse.support.TestOffices;
import de.lotse.tenant.TenantProfile;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@PlatformIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ChatApiIntegrationTests {

  @LocalServerPort
  int port;

  @Autowired
  TestOffices offices;

  @Autowired
  TenantScope scope;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  MessageLog messageLog;

  HttpApi api;
  TenantProfile officeA;
  TenantProfile officeB;

  @BeforeEach
  void offices() {
    api = new HttpApi(port);
    officeA = offices.createWithKnowledge("chat-a", "kb/office-a.json");
    officeB = offices.createWithKnowledge("chat-b", "kb/office-b.json");
  }

  @Test
  void answersAGermanQuestionWithThePublishedEntry() {
    JsonNode reply =
        ask(officeA, "Wie verlängere ich meine Aufenthaltserlaubnis?", "de").json();

    assertThat(reply.get("type").asString()).isEqualTo("answer");
    assertThat(reply.get("entryKey").asString()).isEqualTo("extend-permit");
    assertThat(reply.get("language").asString()).isEqualTo("de");
    assertThat(reply.get("answer").asString()).contains("vor Ablauf");
    assertThat(reply.get("messageId").asString()).isNotBlank();
    assertThat(reply.get("conversationId").asString()).isNotBlank();
  }

  @Test
  void answersAnEnglishQuestionInEnglish() {
    JsonNode reply = ask(officeA, "How do I extend my residence permit?", "en").json();

    assertThat(reply.get("type").asString()).isEqualTo("answer");
    assertThat(reply.get("entryKey").asString()).isEqualTo("extend-permit");
    assertThat(reply.get("language").asString()).isEqualTo("en");
    assertThat(reply.get("answer").asString()).contains("before your permit expires");
  }

  @Test
  void offersSuggestionsWhenTwoEntriesFitAboutEquallyWell() {
    JsonNode reply = ask(officeA, "Ich habe etwas verloren, was tun?", "de").json();

    assertThat(reply.get("type").asString()).isEqualTo("clarify");
    assertThat(reply.get("entryKey").isNull()).isTrue();
    assertThat(reply.get("suggestions").findValuesAsString("entryKey"))
        .contains("lost-passport", "lost-card");
    assertThat(reply.get("suggestions").findValuesAsString("title"))
        .contains("Reisepass verloren", "Aufenthaltskarte verloren");
  }

  @Test
  void fallsBackWithTheOfficesContactsWhenNothingFits() {
    JsonNode reply =
        ask(officeA, "Wie wird das Wetter morgen am Chiemsee?", "de").json();

    assertThat(reply.get("type").asString()).isEqualTo("fallback");
    assertThat(reply.get("entryKey").isNull()).isTrue();
    assertThat(reply.get("handoff").get("phone").asString()).isEqualTo("+49 8031 392-0");
    assertThat(reply.get("handoff").get("appointmentUrl").asString())
        .isEqualTo("https://termine.example.org");
  }

  @Test
  void eachOfficeAnswersFromItsOwnKnowledgeBase() {
    JsonNode fromA = ask(officeA, "Wie bekomme ich einen Termin?", "de").json();
    JsonNode fromB = ask(officeB, "Wie bekomme ich einen Termin?", "de").json();
    JsonNode onlyInB =
        ask(officeA, "Wo bekomme ich eine Meldebescheinigung?", "de").json();

    assertThat(fromA.get("answer").asString()).contains("online");
    assertThat(fromB.get("answer").asString()).contains("telefonisch");
    assertThat(onlyInB.get("entryKey").isNull()
            || !onlyInB.get("entryKey").asString().equals("b-only-topic"))
        .isTrue();
  }

  @Test
  void feedbackIsStoredOnTheMessageWithTheCommentScrubbed() {
    JsonNode reply =
        ask(officeA, "Wie verlängere ich meine Aufenthaltserlaubnis?", "de").json();
    String messageId = reply.get("messageId").asString();

    Response rated = api.post(
        messages(officeA) + "/" + messageId + "/feedback",
        HttpApi.json(Map.of("helpful", false, "comment", "Bitte rufen Sie mich an: 0171 2345678")));

    assertThat(rated.status()).isEqualTo(204);
    Map<String, Object> row = scope.read(
        officeA.id(),
        () -> jdbc.queryForMap(
            "select helpful, feedback_comment from chat_message where id = ?::uuid", messageId));
    assertThat(row.get("helpful")).isEqualTo(false);
    assertThat((String) row.get("feedback_comment")).contains("[PHONE]").doesNotContain("2345678");
  }

  @Test
  void aCommentAfterTheRatingCountsTheRatingOnce() {
    String messageId = ask(officeA, "Wie verlängere ich meine Aufenthaltserlaubnis?", "de")
        .json()
        .get("messageId")
        .asString();
    String feedback = messages(officeA) + "/" + messageId + "/feedback";

    api.post(feedback, "{\"helpful\": false}");
    api.post(feedback, "{\"helpful\": false, \"comment\": \"Zu allgemein\"}");

    assertThat(api.get("/actuator/prometheus").body())
        .containsPattern("lotse_chat_feedback_total\\{[^}]*rating=\"unhelpful\"[^}]*tenant=\""
            + officeA.slug() + "\"[^}]*} 1\\.0");
  }

  @Test
  void feedbackForAnUnknownMessageIsNotFound() {
    Response rated = api.post(
        messages(officeA) + "/" + java.util.UUID.randomUUID() + "/feedback", "{\"helpful\": true}");

    assertProblem(rated, 404, "urn:lotse:problem:message-not-found");
  }

  @Test
  void feedbackCannotRateAnotherOfficesMessage() {
    String messageId = ask(officeA, "Wie bekomme ich einen Termin?", "de")
        .json()
        .get("messageId")
        .asString();

    Response rated =
        api.post(messages(officeB) + "/" + messageId + "/feedback", "{\"helpful\": false}");

    assertProblem(rated, 404, "urn:lotse:problem:message-not-found");
  }

  @Test
  void storesTheQuestionOnlyScrubbedAndNeverLogsIt(CapturedOutput output) {
    String question = "Mein Name ist Ahmad Zzyzxkarimi, meine Nummer ist 0171 9876543."
        + " Wie verlängere ich meine Aufenthaltserlaubnis?";
    String messageId = ask(officeA, question, "de").json().get("messageId").asString();
    messageLog.flush();

    String stored = scope.read(
        officeA.id(),
        () -> jdbc.queryForObject(
            "select question from chat_message where id = ?::uuid", String.class, messageId));
    assertThat(stored)
        .contains("[NAME]", "[PHONE]", "Aufenthaltserlaubnis")
        .doesNotContain("Zzyzxkarimi", "9876543");
    assertThat(output.getAll()).doesNotContain("Zzyzxkarimi").doesNotContain("9876543");
  }

  @Test
  void rejectsATooLongQuestionNamingTheField() {
    Response response =
        api.post(messages(officeA), HttpApi.json(Map.of("question", "a".repeat(1_001))));

    assertProblem(response, 400, "urn:lotse:problem:validation");
    assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("question");
  }

  @Test
  void rejectsAMissingQuestionAndAWrongTypeNamingTheField() {
    Response missing = api.post(messages(officeA), "{}");
    Response wrongType = api.post(messages(officeA), "{\"question\": {\"text\": \"hi\"}}");

    assertProblem(missing, 400, "urn:lotse:problem:validation");
    assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("question");
    assertProblem(wrongType, 400, "urn:lotse:problem:validation");
    assertThat(wrongType.json().get("errors").get(0).get("field").asString()).isEqualTo("question");
  }

  @Test
  void rejectsMalformedJson() {
    assertProblem(
        api.post(messages(officeA), "{\"question\": "), 400, "urn:lotse:problem:malformed-body");
  }

  @Test
  void rejectsALanguageTheOfficeDoesNotOffer() {
    Response response = ask(officeA, "Wie bekomme ich einen Termin?", "vi");

    assertProblem(response, 400, "urn:lotse:problem:validation");
    assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("language");
  }

  @Test
  void unknownOfficeIsNotFoundAndSuspendedOfficeIsForbidden() {
    Response unknown =
        api.post("/api/v1/public/tenants/no-such-office/messages", "{\"question\": \"Hallo\"}");
    offices.suspend(officeB);
    Response suspended = ask(officeB, "Wie bekomme ich einen Termin?", "de");
    Response suspendedConfig = api.get("/api/v1/public/tenants/" + officeB.slug() + "/config");

    assertProblem(unknown, 404, "urn:lotse:problem:tenant-not-found");
    assertProblem(suspended, 403, "urn:lotse:problem:tenant-unavailable");
    assertProblem(suspendedConfig, 403, "urn:lotse:problem:tenant-unavailable");
  }

  @Test
  void configShowsBotLanguagesInTheirOwnNamesAndContacts() {
    JsonNode config =
        api.get("/api/v1/public/tenants/" + officeA.slug() + "/config").json();

    assertThat(config.get("botName").asString()).isEqualTo("Testbot");
    assertThat(config.get("defaultLanguage").asString()).isEqualTo("de");
    assertThat(config.get("languages").findValuesAsString("code"))
        .containsExactly("de", "en", "ar", "tr");
    assertThat(config.get("languages").get(2).get("name").asString()).isEqualTo("العربية");
    assertThat(config.get("languages").get(2).get("dir").asString()).isEqualTo("rtl");
    assertThat(config.get("handoff").get("email").asString()).isEqualTo("amt@example.org");
  }

  @Test
  void browsersMayCallOnlyFromTheOfficesAllowedOriginsAndThePlatform() {
    String path = messages(officeA);
    Response allowed = api.options(
        path,
        "Origin",
        "https://www.chat-a.example",
        "Access-Control-Request-Method",
        "POST",
        "Access-Control-Request-Headers",
        "content-type");
    Response platform = api.options(
        path, "Origin", "http://localhost:8080", "Access-Control-Request-Method", "POST");
    Response foreign = api.options(
        path, "Origin", "https://evil.example", "Access-Control-Request-Method", "POST");
    Response otherOffice = api.options(
        messages(officeB),
        "Origin",
        "https://www.chat-a.example",
        "Access-Control-Request-Method",
        "POST");

    assertThat(allowed.status()).isEqualTo(200);
    assertThat(allowed.header("Access-Control-Allow-Origin"))
        .isEqualTo("https://www.chat-a.example");
    assertThat(platform.status()).isEqualTo(200);
    assertThat(foreign.status()).isEqualTo(403);
    assertThat(otherOffice.status()).isEqualTo(403);
  }

  @Test
  void metricsCountQuestionsPerOfficeTypeAndLanguage() {
    ask(officeA, "Wie verlängere ich meine Aufenthaltserlaubnis?", "de");

    String metrics = api.get("/actuator/prometheus").body();

    assertThat(metrics)
        .containsPattern("lotse_chat_questions_total\\{[^}]*language=\"de\"" + "[^}]*tenant=\""
            + officeA.slug() + "\"[^}]*type=\"answer\"");
    assertThat(metrics).contains("lotse_chat_answer_latency_seconds_bucket");
  }

  @Test
  void readinessIsUpWhenEveryOfficeHasAnIndex() {
    Response readiness = api.get("/actuator/health/readiness");

    assertThat(readiness.status()).isEqualTo(200);
    assertThat(readiness.json().get("status").asString()).isEqualTo("UP");
  }

  private Response ask(TenantProfile office, String question, String language) {
    return api.post(
        messages(office), HttpApi.json(Map.of("question", question, "language", language)));
  }

  private static String messages(TenantProfile office) {
    return "/api/v1/public/tenants/" + office.slug() + "/messages";
  }

  private static void assertProblem(Response response, int status, String type) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    JsonNode body = response.json();
    assertThat(body.get("type").asString()).isEqualTo(type);
    assertThat(body.get("title").asString()).isNotBlank();
    assertThat(body.get("detail").asString()).isNotBlank().doesNotContain("Exception");
  }
}
