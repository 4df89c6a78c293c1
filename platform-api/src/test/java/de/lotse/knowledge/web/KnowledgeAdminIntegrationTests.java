package de.lotse.knowledge.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.identity.AdminTokens;
import de.lotse.identity.DemoUser;
import de.lotse.identity.DevelopmentRealm;
import de.lotse.support.HttpApi;
import de.lotse.support.PlatformIntegrationTest;
import de.lotse.support.TestOffices;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The knowledge-base admin API with real tokens of the development realm's demo users, on the
 * office "rosenheim" their tokens name. Tests share that office, so each works on its own entry
 * or reads the state it changes first.
 */
@PlatformIntegrationTest
class KnowledgeAdminIntegrationTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String BASE = "/api/v1/admin/tenants/rosenheim";

  @LocalServerPort
  int port;

  @Autowired
  TestOffices offices;

  HttpApi api;

  @BeforeAll
  static void keycloakServesTheRealm() {
    DevelopmentRealm.requireReachable();
  }

  @BeforeEach
  void rosenheim() {
    api = new HttpApi(port);
    offices.demoOffice("rosenheim", "kb/office-a.json");
    offices.demoOffice("musterstadt", "kb/office-b.json");
  }

  @Test
  void officeAdminChangesAnAnswerAndTheChatAnswersWithItOncePublished() {
    String marker = "Prüfnummer " + UUID.randomUUID().toString().substring(0, 8);
    JsonNode entry = asAdmin(api.get(BASE + "/entries/lost-passport", admin()), 200);
    ObjectNode translations = (ObjectNode) entry.get("translations");
    ((ObjectNode) translations.get("de"))
        .put("answer", "Melden Sie den Verlust sofort der Polizei. " + marker + ".");

    JsonNode saved = asAdmin(
        api.put(
            BASE + "/entries/lost-passport",
            JSON.writeValueAsString(Map.of(
                "category",
                entry.get("category").asString(),
                "translations",
                translations,
                "revision",
                entry.get("currentRevision").asInt())),
            admin()),
        200);
    String beforePublishing = chatAnswer();
    JsonNode published =
        asAdmin(api.post(BASE + "/entries/lost-passport/publish", "{}", admin()), 200);

    assertThat(saved.get("currentRevision").asInt())
        .isEqualTo(entry.get("currentRevision").asInt() + 1);
    assertThat(saved.get("status").asString()).isEqualTo("draft");
    assertThat(beforePublishing).doesNotContain(marker);
    assertThat(published.get("status").asString()).isEqualTo("published");
    assertThat(chatAnswer()).contains(marker);
  }

  @Test
  void savingOverSomeoneElsesRevisionIsAConflictAndChangesNothing() {
    String key = newEntry();
    JsonNode entry = asAdmin(api.get(BASE + "/entries/" + key, admin()), 200);
    asAdmin(api.put(BASE + "/entries/" + key, body(entry, "Erste Fassung.", 1), admin()), 200);

    HttpApi.Response stale = api.put(
        BASE + "/entries/" + key, body(entry, "Zweite Fassung auf altem Stand.", 1), editor());

    assertProblem(stale, 409, "urn:lotse:problem:revision-conflict");
    assertThat(asAdmin(api.get(BASE + "/entries/" + key, admin()), 200)
            .at("/translations/de/answer")
            .asString())
        .isEqualTo("Erste Fassung.");
  }

  @Test
  void entryBreakingTheFormatRulesIsRejectedNamingEntryAndField() {
    String key = newEntry();
    JsonNode entry = asAdmin(api.get(BASE + "/entries/" + key, admin()), 200);

    HttpApi.Response rejected = api.put(
        BASE + "/entries/" + key,
        body(
            entry,
            "Hallo <script>alert(1)</script>",
            entry.get("currentRevision").asInt()),
        admin());

    assertProblem(rejected, 422, "urn:lotse:problem:invalid-entry");
    JsonNode error = rejected.json().get("errors").get(0);
    assertThat(error.get("entryKey").asString()).isEqualTo(key);
    assertThat(error.get("field").asString()).isEqualTo("translations.de.answer");
  }

  @Test
  void importWithProblemsChangesNothingAndListsEveryProblem() {
    String before = api.get(BASE + "/export", admin()).body();
    String broken = """
        {"format": "kb-exchange/1", "defaultLanguage": "de", "entries": [
          {"key": "a-new-one", "category": "residence", "translations": {"de": {"title": "Neu",
            "questions": ["Neu?"], "answer": "Neu."}}},
          {"key": "Bad Key", "category": "residence", "translations": {"de": {"title": "X",
            "questions": [], "answer": "Y"}}}]}""";

    HttpApi.Response rejected = api.send(
        "POST",
        BASE + "/import",
        "application/json",
        broken.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        admin());

    assertProblem(rejected, 422, "urn:lotse:problem:invalid-knowledge-base");
    assertThat(rejected.json().get("errors")).hasSize(2);
    assertThat(rejected.json().get("errors").get(0).get("field").asString())
        .isEqualTo("entries[1].key");
    assertThat(api.get(BASE + "/export", admin()).body()).isEqualTo(before);
  }

  @Test
  void exportIsADownloadInTheExchangeFormat() {
    HttpApi.Response export = api.get(BASE + "/export", editor());

    assertThat(export.status()).isEqualTo(200);
    assertThat(export.header("Content-Disposition"))
        .startsWith("attachment")
        .contains("rosenheim-knowledge-base.json");
    assertThat(export.json().get("format").asString()).isEqualTo("kb-exchange/1");
  }

  @Test
  void testQuestionShowsTheDecisionWithItsCandidatesFromPublishedContent() {
    JsonNode preview = asAdmin(
        api.post(
            BASE + "/test-question",
            "{\"question\": \"Ich habe meinen Reisepass verloren\", \"language\": \"de\"}",
            editor()),
        200);

    assertThat(preview.get("decision").asString()).isEqualTo("answer");
    assertThat(preview.get("entryKey").asString()).isEqualTo("lost-passport");
    assertThat(preview.get("language").asString()).isEqualTo("de");
    assertThat(preview.get("searched").asString()).isEqualTo("published");
    JsonNode best = preview.get("candidates").get(0);
    assertThat(best.get("entryKey").asString()).isEqualTo("lost-passport");
    assertThat(best.get("title").asString()).isNotBlank();
    assertThat(best.get("score").asDouble()).isBetween(0.0, 1.0);
  }

  @Test
  void deletedEntryLeavesTheChatAndKeepsItsHistory() {
    String key = newEntry();
    asAdmin(api.post(BASE + "/entries/" + key + "/publish", "{}", admin()), 200);

    HttpApi.Response deleted = api.delete(BASE + "/entries/" + key, admin());

    assertThat(deleted.status()).isEqualTo(204);
    assertProblem(
        api.get(BASE + "/entries/" + key, admin()), 404, "urn:lotse:problem:entry-not-found");
    JsonNode history = asAdmin(api.get(BASE + "/entries/" + key + "/revisions", admin()), 200);
    assertThat(history.findValuesAsString("change")).containsExactly("deleted", "created");
    JsonNode first = asAdmin(api.get(BASE + "/entries/" + key + "/revisions/1", admin()), 200);
    assertThat(first.at("/content/translations/de/answer").asString()).isEqualTo("Entwurf.");
  }

  @Test
  void searchFiltersByTextStatusAndMissingLanguage() {
    String key = newEntry();

    JsonNode byText = asAdmin(api.get(BASE + "/entries?q=" + key, editor()), 200);
    JsonNode drafts = asAdmin(api.get(BASE + "/entries?status=draft&size=100", editor()), 200);
    JsonNode withoutArabic =
        asAdmin(api.get(BASE + "/entries?missingLanguage=ar&size=100", editor()), 200);

    assertThat(byText.get("total").asInt()).isEqualTo(1);
    assertThat(byText.get("items").get(0).get("title").asString()).isEqualTo("Test " + key);
    assertThat(drafts.findValuesAsString("key")).contains(key);
    assertThat(withoutArabic.findValuesAsString("key"))
        .contains(key)
        .doesNotContain("extend-permit");
  }

  @Test
  void everyChangeIsInTheAuditTrailUnderTheUsersName() {
    String key = newEntry();

    JsonNode audit = asAdmin(api.get(BASE + "/audit?size=20", admin()), 200);

    assertThat(audit.get("items")).anySatisfy(item -> {
      assertThat(item.get("action").asString()).isEqualTo("entry.created");
      assertThat(item.get("target").asString()).isEqualTo(key);
      assertThat(item.get("actor").asString()).isEqualTo("rosenheim-editor");
    });
  }

  @Test
  void settingsRefuseAPrimaryColourWhiteTextCannotBeReadOn() {
    JsonNode settings = asAdmin(api.get(BASE + "/settings", admin()), 200);
    ((ObjectNode) settings.get("branding")).put("primaryColor", "#ffd700");

    HttpApi.Response rejected =
        api.put(BASE + "/settings", JSON.writeValueAsString(settings), admin());

    assertProblem(rejected, 400, "urn:lotse:problem:validation");
    assertThat(rejected.json().get("errors").findValuesAsString("field"))
        .containsExactly("branding.primaryColor");
  }

  @Test
  void synonymsAndCategoriesCanBeReadAndSaved() {
    JsonNode saved = asAdmin(
        api.put(
            BASE + "/categories/documents",
            "{\"titles\": {\"de\": \"Dokumente\", \"en\": \"Documents\"}}",
            editor()),
        200);
    JsonNode synonyms = asAdmin(
        api.put(
            BASE + "/synonyms/de",
            "{\"groups\": [[\"Pass\", \"Reisepass\"], [\"eAT\", \"Aufenthaltskarte\"]]}",
            editor()),
        200);

    assertThat(saved.get("titles").get("en").asString()).isEqualTo("Documents");
    assertThat(asAdmin(api.get(BASE + "/categories", editor()), 200).findValuesAsString("key"))
        .contains("documents", "residence");
    assertThat(synonyms.get("groups")).hasSize(2);
    assertThat(asAdmin(api.get(BASE + "/synonyms", editor()), 200).get("de")).hasSize(2);
  }

  private String newEntry() {
    String key = "test-" + UUID.randomUUID().toString().substring(0, 8);
    asAdmin(
        api.post(
            BASE + "/entries",
            JSON.writeValueAsString(Map.of(
                "key",
                key,
                "category",
                "documents",
                "translations",
                Map.of(
                    "de",
                    Map.of(
                        "title",
                        "Test " + key,
                        "questions",
                        List.of("Frage zu " + key + "?"),
                        "answer",
                        "Entwurf.")))),
            editor()),
        201);
    return key;
  }

  private static String body(JsonNode entry, String germanAnswer, int revision) {
    ObjectNode translations = ((ObjectNode) entry.get("translations")).deepCopy();
    ((ObjectNode) translations.get("de")).put("answer", germanAnswer);
    return JSON.writeValueAsString(Map.of(
        "category",
        entry.get("category").asString(),
        "translations",
        translations,
        "revision",
        revision));
  }

  private String chatAnswer() {
    HttpApi.Response reply = api.post(
        "/api/v1/public/tenants/rosenheim/messages",
        "{\"question\": \"Ich habe meinen Reisepass verloren\", \"language\": \"de\"}");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json().path("answer").asString("");
  }

  private static String[] admin() {
    return new String[] {"Authorization", AdminTokens.bearer(DemoUser.ROSENHEIM_ADMIN)};
  }

  private static String[] editor() {
    return new String[] {"Authorization", AdminTokens.bearer(DemoUser.ROSENHEIM_EDITOR)};
  }

  private static JsonNode asAdmin(HttpApi.Response response, int status) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    return response.json();
  }

  private static void assertProblem(HttpApi.Response response, int status, String type) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    assertThat(response.json().get("type").asString()).isEqualTo(type);
  }
}
