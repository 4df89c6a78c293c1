package de.lotse.knowledge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.lotse.identity.AdminTokens;
import de.lotse.identity.DemoUser;
import de.lotse.identity.DevelopmentRealm;
import de.lotse.support.HttpApi;
import de.lotse.support.PlatformIntegrationTest;
import de.lotse.support.TestOffices;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The problems of a refused entry or import name what is wrong as a stable code with parameters,
 * next to the English message, so that the admin app can say it in the editor's language. Every
 * request here is refused, so the tests leave the shared office "rosenheim" as they found it.
 */
@PlatformIntegrationTest
class KnowledgeProblemCodesIntegrationTests {

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
  }

  @Test
  void savedEntryWithTooLongAnswerAndEmptyTitleNamesCodesWithTheirLimits() {
    JsonNode entry = api.get(BASE + "/entries/lost-passport", editor()).json();
    String body = HttpApi.json(Map.of(
        "category", entry.get("category").asString(),
        "revision", entry.get("currentRevision").asInt(),
        "translations",
            Map.of(
                "de",
                Map.of(
                    "title", " ",
                    "questions", List.of("Pass verloren?"),
                    "answer", "a".repeat(20_001)))));

    HttpApi.Response refused = api.put(BASE + "/entries/lost-passport", body, editor());

    JsonNode errors = problem(refused, 422, "invalid-entry");
    assertThat(errors)
        .extracting(e -> e.get("field").asString(), e -> e.get("code").asString())
        .containsExactly(
            tuple("translations.de.title", "empty"), tuple("translations.de.answer", "too-long"));
    JsonNode tooLong = errors.get(1);
    assertThat(tooLong.get("params").get("length").asInt()).isEqualTo(20_001);
    assertThat(tooLong.get("params").get("max").asInt()).isEqualTo(20_000);
    assertThat(tooLong.get("entryKey").asString()).isEqualTo("lost-passport");
    assertThat(tooLong.get("message").asString())
        .isEqualTo("The answer is 20001 characters long; at most 20000 are allowed. Shorten it.");
  }

  @Test
  void newEntryWithAnUnusableKeyNamesTheCodeAndTheKeyToWriteInstead() {
    String body = HttpApi.json(Map.of(
        "key", "Blaue Karte",
        "category", "residence",
        "translations",
            Map.of(
                "de",
                Map.of(
                    "title", "Blaue Karte",
                    "questions", List.of("Blaue Karte?"),
                    "answer", "Siehe <a href=\"https://bamf.de\">BAMF</a>."))));

    HttpApi.Response refused = api.post(BASE + "/entries", body, editor());

    JsonNode errors = problem(refused, 422, "invalid-entry");
    assertThat(errors)
        .extracting(
            e -> e.get("field").asString(),
            e -> e.get("code").asString(),
            e -> e.get("params").toString())
        .containsExactly(
            tuple(
                "key",
                "key-characters",
                "{\"key\":\"Blaue Karte\",\"suggestion\":\"blaue-karte\"}"),
            tuple(
                "translations.de.answer",
                "raw-html",
                "{\"excerpt\":\"<a href=\\\"https://bamf.de\\\">\"}"));
  }

  @Test
  void refusedImportNamesEntryFieldCodeAndParametersOfEachProblem() {
    String file = """
        {"format": "kb-exchange/1", "defaultLanguage": "de", "entries": [
          {"key": "codes-one", "category": "residence", "translations": {
            "de": {"title": "Eins", "questions": ["Eins?"], "answer": "Eins."}}},
          {"key": "codes-one", "category": "residence", "translations": {
            "en": {"title": "Two", "questions": ["Two?"], "answer": "[Two](javascript:x)"}}},
          {"key": "codes-three", "category": "residence", "translations": {
            "de": {"title": "Drei", "questions": "Drei?", "answer": "Drei."}}}]}""";

    HttpApi.Response refused = api.send(
        "POST",
        BASE + "/import",
        "application/json",
        file.getBytes(StandardCharsets.UTF_8),
        editor());

    JsonNode errors = problem(refused, 422, "invalid-knowledge-base");
    assertThat(errors)
        .extracting(
            e -> e.get("entryKey").asString(),
            e -> e.get("field").asString(),
            e -> e.get("code").asString(),
            e -> e.get("params").toString())
        .containsExactly(
            tuple(
                "codes-one",
                "entries[1].key",
                "duplicate-key",
                "{\"key\":\"codes-one\",\"usedBy\":\"entries[0]\"}"),
            tuple(
                "codes-one",
                "entries[1].translations.en.answer",
                "link-scheme",
                "{\"scheme\":\"javascript:\"}"),
            tuple(
                "codes-one",
                "entries[1].translations.de",
                "missing-default-translation",
                "{\"language\":\"de\"}"),
            tuple(
                "codes-three",
                "entries[2].translations.de.questions",
                "wrong-type",
                "{\"expected\":\"list\",\"actual\":\"text\"}"));
    assertThat(StreamSupport.stream(errors.spliterator(), false)
            .map(e -> e.get("message").asString()))
        .allSatisfy(m -> assertThat(m).isNotBlank());
  }

  @Test
  void fileThatIsNotUtf8NamesTheCodeWithLineAndColumn() {
    byte[] latin1 = "{\"format\": \"kb-exchange/1\",\n \"name\": \"Ausländerbehörde\"}"
        .getBytes(StandardCharsets.ISO_8859_1);

    HttpApi.Response refused =
        api.send("POST", BASE + "/import", "application/json", latin1, editor());

    JsonNode errors = problem(refused, 422, "invalid-knowledge-base");
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).get("field").asString()).isEqualTo("file");
    assertThat(errors.get(0).get("code").asString()).isEqualTo("not-utf8");
    assertThat(errors.get(0).get("params").toString()).isEqualTo("{\"line\":2,\"column\":15}");
  }

  private static JsonNode problem(HttpApi.Response response, int status, String type) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    assertThat(response.json().get("type").asString()).isEqualTo("urn:lotse:problem:" + type);
    return response.json().get("errors");
  }

  private static String[] editor() {
    return new String[] {"Authorization", AdminTokens.bearer(DemoUser.ROSENHEIM_EDITOR)};
  }
}
