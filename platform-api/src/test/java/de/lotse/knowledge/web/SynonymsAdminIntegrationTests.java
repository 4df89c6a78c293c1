package de.lotse.knowledge.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.identity.AdminTokens;
import de.lotse.identity.DemoUser;
import de.lotse.identity.DevelopmentRealm;
import de.lotse.support.HttpApi;
import de.lotse.support.PlatformIntegrationTest;
import de.lotse.support.TestOffices;
import de.lotse.tenant.TenantProfile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The editors' synonym groups through the admin API, on an office of each test's own: a group
 * needs two different words, each named once; a knowledge-base file keeps the format's looser
 * rules.
 */
@PlatformIntegrationTest
class SynonymsAdminIntegrationTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort
  int port;

  @Autowired
  TestOffices offices;

  HttpApi api;
  String base;

  @BeforeAll
  static void keycloakServesTheRealm() {
    DevelopmentRealm.requireReachable();
  }

  @BeforeEach
  void ownOffice() {
    api = new HttpApi(port);
    TenantProfile office = offices.createWithKnowledge("synonyms", "kb/office-a.json");
    base = "/api/v1/admin/tenants/" + office.slug();
  }

  @Test
  void groupsWithOneWordOrARepeatedWordAreRefusedNamingEachAndNothingChanges() {
    String before = ok(api.get(base + "/synonyms/de", admin())).toString();

    HttpApi.Response refused = api.put(base + "/synonyms/de", """
        {"groups": [["Pass", "Reisepass"], ["Visum"], ["eAT", "Aufenthaltskarte", "EAT"],
                    ["Blaue Karte", "blaue karte"], ["Duldung", "Duldung", "Aussetzung"]]}""", admin());

    assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(refused.json().get("type").asString())
        .isEqualTo("urn:lotse:problem:invalid-synonyms");
    assertThat(refused.json().get("errors").findValuesAsString("field"))
        .containsExactly("groups[1]", "groups[2][2]", "groups[3]", "groups[4][1]");
    assertThat(refused.json().get("errors").get(1).get("message").asString()).contains("\"eAT\"");
    assertThat(ok(api.get(base + "/synonyms/de", admin())).toString()).isEqualTo(before);
  }

  @Test
  void theFormatsOwnProblemsComeFirstAsBefore() {
    HttpApi.Response refused =
        api.put(base + "/synonyms/de", "{\"groups\": [[\"Pass\", \" \"], [\"Visum\"]]}", admin());

    assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
    assertThat(refused.json().get("type").asString()).isEqualTo("urn:lotse:problem:invalid-entry");
    assertThat(refused.json().get("errors").findValuesAsString("field"))
        .containsExactly("groups[0][1]");
  }

  @Test
  void groupsOfDifferentWordsAreSavedAsSent() {
    JsonNode saved = ok(api.put(
        base + "/synonyms/de",
        "{\"groups\": [[\"Pass\", \"Reisepass\"], [\"eAT\", \"Aufenthaltskarte\", \"Karte\"]]}",
        admin()));

    assertThat(saved.get("groups").toString())
        .isEqualTo("[[\"Pass\",\"Reisepass\"],[\"eAT\",\"Aufenthaltskarte\",\"Karte\"]]");
  }

  @Test
  void anImportedFileMayStillHaveOneWordGroupsAndRepeatedWords() {
    ObjectNode file =
        (ObjectNode) JSON.readTree(api.get(base + "/export", admin()).body());
    ObjectNode synonyms = file.putObject("synonyms");
    synonyms.set(
        "de", JSON.valueToTree(List.of(List.of("Visum"), List.of("Pass", "pass", "Reisepass"))));

    HttpApi.Response imported = api.send(
        "POST",
        base + "/import",
        "application/json",
        JSON.writeValueAsString(file).getBytes(StandardCharsets.UTF_8),
        admin());

    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    assertThat(ok(api.get(base + "/synonyms/de", admin())).get("groups").toString())
        .isEqualTo("[[\"Visum\"],[\"Pass\",\"pass\",\"Reisepass\"]]");
  }

  private static String[] admin() {
    return new String[] {"Authorization", AdminTokens.bearer(DemoUser.PLATFORM_ADMIN)};
  }

  private static JsonNode ok(HttpApi.Response response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json();
  }
}
