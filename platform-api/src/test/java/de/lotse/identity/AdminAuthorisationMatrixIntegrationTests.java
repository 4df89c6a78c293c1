package de.lotse.identity;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.audit.AuditTrail;
import de.lotse.knowledge.EntryCatalog;
import de.lotse.knowledge.EntryEditor;
import de.lotse.knowledge.KnowledgeService;
import de.lotse.knowledge.KnowledgeStructure;
import de.lotse.knowledge.exchange.EntryData;
import de.lotse.knowledge.exchange.TranslationData;
import de.lotse.shared.web.ApiProblem;
import de.lotse.support.HttpApi;
import de.lotse.support.PlatformIntegrationTest;
import de.lotse.support.TestOffices;
import de.lotse.tenant.TenantProfile;
import de.lotse.tenant.TenantService;
import de.lotse.tenant.TenantSettings;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every admin endpoint against every kind of caller, with real tokens of the development realm:
 * the expected status follows from one table (which callers each endpoint admits), and after
 * every refused call the office it aimed at is exactly as before — knowledge base (drafts
 * included), settings and audit trail.
 *
 * <p>Refused callers aim at "musterstadt", which only they touch; admitted callers work on
 * "rosenheim" with requests that succeed and leave it usable for other tests (status "active",
 * the settings and synonyms it already has, entries of their own).
 */
@PlatformIntegrationTest
class AdminAuthorisationMatrixIntegrationTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String PROBE = "matrix-probe";
  private static final String DOOMED = "matrix-doomed";

  /** Who an endpoint admits, besides the platform admin who is admitted everywhere. */
  enum Admits {
    ANY_SIGNED_IN, KNOWLEDGE_BASE_STAFF, OFFICE_ADMINS, PLATFORM_ADMINS_ONLY,
    /** An office's own staff (tenant-admin, tenant-editor). */
    OFFICE_STATISTICS_READERS,
    /** The ministry's cross-office statistics. */
    MINISTRY
  }

  /** A caller, and the office its calls aim at. */
  enum Who {
    TENANT_ADMIN_OWN_OFFICE(DemoUser.ROSENHEIM_ADMIN, "rosenheim"),
    TENANT_ADMIN_OTHER_OFFICE(DemoUser.ROSENHEIM_ADMIN, "musterstadt"),
    TENANT_EDITOR_OWN_OFFICE(DemoUser.ROSENHEIM_EDITOR, "rosenheim"),
    MINISTRY_ANALYST(DemoUser.MINISTRY_ANALYST, "musterstadt"),
    PLATFORM_ADMIN(DemoUser.PLATFORM_ADMIN, "rosenheim"),
    NO_TOKEN(null, "musterstadt"),
    /** musterstadt-admin's own claims, signed with a key of ours. */
    FORGED_TOKEN(DemoUser.MUSTERSTADT_ADMIN, "musterstadt"),
    /** A real token of Keycloak's master realm. */
    TOKEN_OF_ANOTHER_ISSUER(null, "musterstadt");

    final DemoUser user;
    final String office;

    Who(DemoUser user, String office) {
      this.user = user;
      this.office = office;
    }

    boolean signedIn() {
      return this != NO_TOKEN && this != FORGED_TOKEN && this != TOKEN_OF_ANOTHER_ISSUER;
    }

    boolean admittedBy(Admits admits) {
      return switch (admits) {
        case ANY_SIGNED_IN -> true;
        case KNOWLEDGE_BASE_STAFF -> this == TENANT_ADMIN_OWN_OFFICE
            || this == TENANT_EDITOR_OWN_OFFICE || this == PLATFORM_ADMIN;
        case OFFICE_ADMINS -> this == TENANT_ADMIN_OWN_OFFICE || this == PLATFORM_ADMIN;
        case PLATFORM_ADMINS_ONLY -> this == PLATFORM_ADMIN;
        case OFFICE_STATISTICS_READERS -> this == TENANT_ADMIN_OWN_OFFICE
            || this == TENANT_EDITOR_OWN_OFFICE || this == PLATFORM_ADMIN;
        case MINISTRY -> this == MINISTRY_ANALYST || this == PLATFORM_ADMIN;
      };
    }
  }

  /**
   * One admin endpoint.
   *
   * @param path with {slug} for the office
   * @param body the request body for an office, or null
   * @param prepare puts the office into the state the request needs (e.g. an entry to delete)
   * @param success the status of an admitted call
   */
  record Endpoint(String method, String path, String contentType,
      BiFunction<Fixture, TenantProfile, byte[]> body, BiConsumer<Fixture, TenantProfile> prepare,
      Admits admits, int success) {

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  @LocalServerPort int port;
  @Autowired TestOffices offices;
  @Autowired TenantService tenants;
  @Autowired KnowledgeService knowledge;
  @Autowired KnowledgeStructure structure;
  @Autowired EntryCatalog catalog;
  @Autowired EntryEditor editor;
  @Autowired AuditTrail audit;
  HttpApi api;
  Fixture fixture;

  private static String anotherIssuersToken;

  @BeforeAll
  static void keycloakServesTheRealm() {
    DevelopmentRealm.requireReachable();
    anotherIssuersToken = AdminTokens.fromAnotherIssuer();
  }

  @BeforeEach
  void offices() {
    api = new HttpApi(port);
    fixture = new Fixture();
    for (TenantProfile office : List.of(offices.demoOffice("rosenheim", "kb/office-a.json"),
        offices.demoOffice("musterstadt", "kb/office-b.json"))) {
      fixture.ensureEntry(office, PROBE);
    }
  }

  static Stream<Arguments> matrix() {
    List<Arguments> cases = new ArrayList<>();
    for (Endpoint endpoint : endpoints()) {
      for (Who who : Who.values()) {
        cases.add(Arguments.of(endpoint, who));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("matrix")
  void everyAdminEndpointAdmitsExactlyItsCallers(Endpoint endpoint, Who who) {
    TenantProfile office = tenants.findBySlug(who.office).orElseThrow();
    endpoint.prepare().accept(fixture, office);
    int expected = !who.signedIn() ? 401 : who.admittedBy(endpoint.admits()) ? endpoint.success()
        : 403;
    String before = expected == endpoint.success() ? null : fingerprint(office);

    HttpApi.Response response = call(endpoint, who, office);

    assertThat(response.status()).as(response.toString()).isEqualTo(expected);
    if (expected != endpoint.success()) {
      assertThat(response.header("Content-Type")).startsWith("application/problem+json");
      assertThat(response.json().get("type").asString()).isEqualTo(expected == 401
          ? "urn:lotse:problem:unauthorized" : "urn:lotse:problem:forbidden");
      assertThat(fingerprint(office)).as("the office aimed at is unchanged").isEqualTo(before);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("officeEndpoints")
  void unknownOfficeIsNotFoundEvenForThePlatformAdmin(Endpoint endpoint) {
    HttpApi.Response response = api.send(endpoint.method(),
        endpoint.path().replace("{slug}", "no-such-office"), endpoint.contentType(),
        endpoint.body() == null ? null : endpoint.body().apply(fixture,
            tenants.findBySlug("rosenheim").orElseThrow()),
        "Authorization", AdminTokens.bearer(DemoUser.PLATFORM_ADMIN));

    assertThat(response.status()).as(response.toString()).isEqualTo(404);
    assertThat(response.json().get("type").asString())
        .isEqualTo("urn:lotse:problem:tenant-not-found");
  }

  static Stream<Endpoint> officeEndpoints() {
    return endpoints().stream().filter(e -> e.path().contains("{slug}"));
  }

  private HttpApi.Response call(Endpoint endpoint, Who who, TenantProfile office) {
    byte[] body = endpoint.body() == null ? null : endpoint.body().apply(fixture, office);
    String path = endpoint.path().replace("{slug}", office.slug());
    String token = switch (who) {
      case NO_TOKEN -> null;
      case FORGED_TOKEN -> AdminTokens.forged(who.user);
      case TOKEN_OF_ANOTHER_ISSUER -> anotherIssuersToken;
      default -> AdminTokens.bearer(who.user);
    };
    return token == null ? api.send(endpoint.method(), path, endpoint.contentType(), body)
        : api.send(endpoint.method(), path, endpoint.contentType(), body, "Authorization", token);
  }

  /** Everything a refused call might have changed: content with drafts, settings, audit trail. */
  private String fingerprint(TenantProfile office) {
    ByteArrayOutputStream export = new ByteArrayOutputStream();
    knowledge.exportFile(office.id(), "fingerprint", office.defaultLanguage(), export);
    TenantProfile now = tenants.findBySlug(office.slug()).orElseThrow();
    return export.toString(StandardCharsets.UTF_8) + "\n" + now + "\n"
        + audit.page(office.id(), 0, 1).total() + "\n" + structure.categories(office.id());
  }

  private static List<Endpoint> endpoints() {
    String base = "/api/v1/admin/tenants/{slug}";
    String json = "application/json";
    BiConsumer<Fixture, TenantProfile> nothing = (fixture, office) -> { };
    Admits kb = Admits.KNOWLEDGE_BASE_STAFF;
    return List.of(
        new Endpoint("GET", "/api/v1/admin/tenants", null, null, nothing, Admits.ANY_SIGNED_IN,
            200),
        new Endpoint("GET", base + "/entries?q=pass", null, null, nothing, kb, 200),
        new Endpoint("POST", base + "/entries", json, Fixture::newEntry, nothing, kb, 201),
        new Endpoint("GET", base + "/entries/" + PROBE, null, null, nothing, kb, 200),
        new Endpoint("PUT", base + "/entries/" + PROBE, json, Fixture::probeUpdate, nothing, kb,
            200),
        new Endpoint("DELETE", base + "/entries/" + DOOMED, null, null,
            (fixture, office) -> fixture.ensureEntry(office, DOOMED), kb, 204),
        new Endpoint("POST", base + "/entries/" + PROBE + "/publish", json,
            (f, o) -> bytes("{}"), nothing, kb, 200),
        new Endpoint("POST", base + "/entries/" + PROBE + "/unpublish", null, null, nothing, kb,
            200),
        new Endpoint("GET", base + "/entries/" + PROBE + "/revisions", null, null, nothing, kb,
            200),
        new Endpoint("GET", base + "/entries/" + PROBE + "/revisions/1", null, null, nothing, kb,
            200),
        new Endpoint("GET", base + "/categories", null, null, nothing, kb, 200),
        new Endpoint("PUT", base + "/categories/matrix", json,
            (f, o) -> bytes("{\"titles\": {\"de\": \"Matrix\"}}"), nothing, kb, 200),
        new Endpoint("GET", base + "/synonyms", null, null, nothing, kb, 200),
        new Endpoint("GET", base + "/synonyms/de", null, null, nothing, kb, 200),
        new Endpoint("PUT", base + "/synonyms/de", json, Fixture::currentSynonyms, nothing, kb,
            200),
        new Endpoint("POST", base + "/import", json, Fixture::importFile, nothing, kb, 200),
        new Endpoint("POST", base + "/import", "multipart/form-data; boundary=" + Fixture.BOUNDARY,
            Fixture::importUpload, nothing, kb, 200),
        new Endpoint("GET", base + "/export", null, null, nothing, kb, 200),
        new Endpoint("POST", base + "/test-question", json,
            (f, o) -> bytes("{\"question\": \"Wie bekomme ich einen Termin?\"}"), nothing, kb,
            200),
        new Endpoint("GET", base + "/settings", null, null, nothing, Admits.OFFICE_ADMINS, 200),
        new Endpoint("PUT", base + "/settings", json, Fixture::currentSettings, nothing,
            Admits.OFFICE_ADMINS, 200),
        new Endpoint("GET", base + "/audit", null, null, nothing, Admits.OFFICE_ADMINS, 200),
        new Endpoint("POST", base + "/status", json, (f, o) -> bytes("{\"status\": \"active\"}"),
            nothing, Admits.PLATFORM_ADMINS_ONLY, 200),
        new Endpoint("GET", base + "/stats?granularity=week", null, null, nothing,
            Admits.OFFICE_STATISTICS_READERS, 200),
        new Endpoint("GET", base + "/stats/export?table=topics&format=excel", null, null,
            nothing, Admits.OFFICE_STATISTICS_READERS, 200),
        new Endpoint("GET", "/api/v1/admin/stats/offices", null, null, nothing, Admits.MINISTRY,
            200),
        new Endpoint("GET", "/api/v1/admin/stats/offices/export?format=excel", null, null,
            nothing, Admits.MINISTRY, 200),
        new Endpoint("GET", "/api/v1/admin/stats/report", null, null, nothing, Admits.MINISTRY,
            200));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Request bodies that succeed for an admitted caller, built from the office's current state. */
  final class Fixture {

    static final String BOUNDARY = "matrix-boundary-7d1f";

    byte[] newEntry(TenantProfile office) {
      return bytes(JSON.writeValueAsString(entry("matrix-" + UUID.randomUUID()
          .toString().substring(0, 8), "Neu.")));
    }

    byte[] probeUpdate(TenantProfile office) {
      int revision = catalog.get(office.id(), PROBE).currentRevision();
      Map<String, Object> body = new java.util.HashMap<>(entry(PROBE,
          "Stand " + UUID.randomUUID()));
      body.put("revision", revision);
      return bytes(JSON.writeValueAsString(body));
    }

    byte[] currentSynonyms(TenantProfile office) {
      return bytes(JSON.writeValueAsString(Map.of("groups",
          structure.synonyms(office.id(), "de"))));
    }

    byte[] currentSettings(TenantProfile office) {
      return bytes(JSON.writeValueAsString(
          TenantSettings.of(tenants.findBySlug(office.slug()).orElseThrow())));
    }

    byte[] importFile(TenantProfile office) {
      return bytes(knowledgeBase());
    }

    byte[] importUpload(TenantProfile office) {
      return bytes("--" + BOUNDARY + "\r\n"
          + "Content-Disposition: form-data; name=\"file\"; filename=\"kb.json\"\r\n"
          + "Content-Type: application/json\r\n\r\n" + knowledgeBase() + "\r\n--" + BOUNDARY
          + "--\r\n");
    }

    /** Creates the entry, or restores it when it was deleted. */
    void ensureEntry(TenantProfile office, String key) {
      try {
        catalog.get(office.id(), key);
      } catch (ApiProblem notThere) {
        editor.create(office, new EntryData(key, "documents", Map.of("de",
            new TranslationData("Matrix " + key, List.of("Matrixfrage " + key + "?"),
                "Matrixantwort."))), "matrix-setup");
      }
    }

    private static String knowledgeBase() {
      return """
          {"format": "kb-exchange/1", "defaultLanguage": "de", "entries": [
            {"key": "matrix-imported", "category": "documents", "translations": {"de": {
              "title": "Importiert", "questions": ["Importiert?"], "answer": "Importiert."}}}]}""";
    }

    private static Map<String, Object> entry(String key, String answer) {
      return Map.of("key", key, "category", "documents", "translations", Map.of("de",
          Map.of("title", "Matrix " + key, "questions", List.of("Matrixfrage " + key + "?"),
              "answer", answer)));
    }
  }
}
