package de.lotse.identity;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.answer.AnswerEngine;
import de.lotse.audit.AuditTrail;
import de.lotse.feedback.FeedbackInbox;
import de.lotse.feedback.FeedbackQuery;
import de.lotse.feedback.FeedbackStatus;
import de.lotse.knowledge.AnswerIndexSync;
import de.lotse.knowledge.EntryCatalog;
import de.lotse.knowledge.EntryEditor;
import de.lotse.knowledge.KnowledgeService;
import de.lotse.knowledge.KnowledgeStructure;
import de.lotse.knowledge.exchange.EntryData;
import de.lotse.knowledge.exchange.TranslationData;
import de.lotse.onboarding.Onboarding;
import de.lotse.onboarding.SignupRequest;
import de.lotse.shared.TenantScope;
import de.lotse.shared.web.ApiProblem;
import de.lotse.support.HttpApi;
import de.lotse.support.PlatformIntegrationTest;
import de.lotse.support.ShiftableClock;
import de.lotse.support.TestMailbox;
import de.lotse.support.TestOffices;
import de.lotse.tenant.TenantLogos;
import de.lotse.tenant.TenantProfile;
import de.lotse.tenant.TenantService;
import de.lotse.tenant.TenantSettings;
import de.lotse.tenant.TestImages;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every admin endpoint against every kind of caller (each role on its own and another office, no
 * token, a forged one, one of another issuer, an expired one), with real tokens of the development
 * realm (the expired one is presented with the platform's clock two hours ahead):
 * the expected status follows from one table (which callers each endpoint admits), and after
 * every refused call the office it aimed at is exactly as before — knowledge base (drafts
 * included), settings and audit trail.
 *
 * <p>Refused callers aim at "musterstadt", which only they touch; admitted callers work on
 * "rosenheim" with requests that succeed and leave it usable for other tests (status "active",
 * the settings and synonyms it already has, entries of their own). User endpoints aim at a user
 * this run creates in each office (never at the demo users); invitations and approved sign-ups
 * create users and offices in Keycloak that are removed after the run.
 */
@PlatformIntegrationTest
@Import(ShiftableClock.Configuration.class)
class AdminAuthorisationMatrixIntegrationTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String PROBE = "matrix-probe";
  private static final String DOOMED = "matrix-doomed";
  /** A question the bot cannot answer, logged in each office for the feedback inbox's rows. */
  private static final String UNANSWERED = "Wie lange dauert die Matrixprüfung?";

  /** Who an endpoint admits, besides the platform admin who is admitted everywhere. */
  enum Admits {
    ANY_SIGNED_IN,
    KNOWLEDGE_BASE_STAFF,
    OFFICE_ADMINS,
    PLATFORM_ADMINS_ONLY,
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
    TOKEN_OF_ANOTHER_ISSUER(null, "musterstadt"),
    /** musterstadt-admin's real token, presented when it has long expired. */
    EXPIRED_TOKEN(DemoUser.MUSTERSTADT_ADMIN, "musterstadt");

    final DemoUser user;
    final String office;

    Who(DemoUser user, String office) {
      this.user = user;
      this.office = office;
    }

    boolean signedIn() {
      return this != NO_TOKEN
          && this != FORGED_TOKEN
          && this != TOKEN_OF_ANOTHER_ISSUER
          && this != EXPIRED_TOKEN;
    }

    boolean admittedBy(Admits admits) {
      return switch (admits) {
        case ANY_SIGNED_IN -> true;
        case KNOWLEDGE_BASE_STAFF ->
          this == TENANT_ADMIN_OWN_OFFICE
              || this == TENANT_EDITOR_OWN_OFFICE
              || this == PLATFORM_ADMIN;
        case OFFICE_ADMINS -> this == TENANT_ADMIN_OWN_OFFICE || this == PLATFORM_ADMIN;
        case PLATFORM_ADMINS_ONLY -> this == PLATFORM_ADMIN;
        case OFFICE_STATISTICS_READERS ->
          this == TENANT_ADMIN_OWN_OFFICE
              || this == TENANT_EDITOR_OWN_OFFICE
              || this == PLATFORM_ADMIN;
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
  record Endpoint(
      String method,
      String path,
      String contentType,
      BiFunction<Fixture, TenantProfile, byte[]> body,
      BiConsumer<Fixture, TenantProfile> prepare,
      Admits admits,
      int success) {

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  @LocalServerPort
  int port;

  @Autowired
  ShiftableClock clock;

  @Autowired
  TestOffices offices;

  @Autowired
  TenantService tenants;

  @Autowired
  KnowledgeService knowledge;

  @Autowired
  KnowledgeStructure structure;

  @Autowired
  EntryCatalog catalog;

  @Autowired
  EntryEditor editor;

  @Autowired
  AuditTrail audit;

  @Autowired
  FeedbackInbox inbox;

  @Autowired
  TenantLogos logos;

  @Autowired
  AnswerEngine engine;

  @Autowired
  AnswerIndexSync indexes;

  @Autowired
  TenantScope scope;

  @Autowired
  JdbcTemplate jdbc;

  HttpApi api;
  Fixture fixture;

  @Autowired
  OfficeUsers users;

  @Autowired
  Onboarding onboarding;

  private static String anotherIssuersToken;
  private static TestRealm realm;
  /** A user of this run in each office, the target of the user endpoints. */
  private static final Map<String, String> TARGET_USERS = new java.util.HashMap<>();

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    TestMailbox.register(registry);
  }

  @BeforeAll
  static void keycloakServesTheRealm() {
    DevelopmentRealm.requireReachable();
    anotherIssuersToken = AdminTokens.fromAnotherIssuer();
    realm = new TestRealm();
    for (String office : List.of("rosenheim", "musterstadt")) {
      TARGET_USERS.put(
          office,
          realm.createUser(
              "matrix-target-" + TestRealm.unique() + "@" + office + ".lotse.test",
              List.of("tenant-editor"),
              office));
    }
  }

  @AfterAll
  static void removeWhatThisRunCreated() {
    if (realm != null) {
      realm.close();
    }
  }

  @BeforeEach
  void offices() {
    api = new HttpApi(port);
    fixture = new Fixture();
    for (TenantProfile office : List.of(
        offices.demoOffice("rosenheim", "kb/office-a.json"),
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
    int expected =
        !who.signedIn() ? 401 : who.admittedBy(endpoint.admits()) ? endpoint.success() : 403;
    String before = expected == endpoint.success() ? null : fingerprint(office);

    HttpApi.Response response = call(endpoint, who, office);

    assertThat(response.status()).as(response.toString()).isEqualTo(expected);
    if (expected != endpoint.success()) {
      assertThat(response.header("Content-Type")).startsWith("application/problem+json");
      assertThat(response.json().get("type").asString())
          .isEqualTo(
              expected == 401 ? "urn:lotse:problem:unauthorized" : "urn:lotse:problem:forbidden");
      assertThat(fingerprint(office)).as("the office aimed at is unchanged").isEqualTo(before);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("officeEndpoints")
  void unknownOfficeIsNotFoundEvenForThePlatformAdmin(Endpoint endpoint) {
    HttpApi.Response response = api.send(
        endpoint.method(),
        fixture
            .resolve(endpoint.path(), tenants.findBySlug("rosenheim").orElseThrow())
            .replace("/rosenheim/", "/no-such-office/"),
        endpoint.contentType(),
        endpoint.body() == null
            ? null
            : endpoint.body().apply(fixture, tenants.findBySlug("rosenheim").orElseThrow()),
        "Authorization",
        AdminTokens.bearer(DemoUser.PLATFORM_ADMIN));

    assertThat(response.status()).as(response.toString()).isEqualTo(404);
    assertThat(response.json().get("type").asString())
        .isEqualTo("urn:lotse:problem:tenant-not-found");
  }

  static Stream<Endpoint> officeEndpoints() {
    return endpoints().stream().filter(e -> e.path().contains("{slug}"));
  }

  private HttpApi.Response call(Endpoint endpoint, Who who, TenantProfile office) {
    byte[] body = endpoint.body() == null ? null : endpoint.body().apply(fixture, office);
    String path = fixture.resolve(endpoint.path(), office);
    String token = switch (who) {
      case NO_TOKEN -> null;
      case FORGED_TOKEN -> AdminTokens.forged(who.user);
      case TOKEN_OF_ANOTHER_ISSUER -> anotherIssuersToken;
      default -> AdminTokens.bearer(who.user);
    };
    if (token == null) {
      return api.send(endpoint.method(), path, endpoint.contentType(), body);
    }
    if (who == Who.EXPIRED_TOKEN) {
      // Far beyond the token's lifetime and the decoder's allowance for clock skew.
      return clock.ahead(
          Duration.ofHours(2),
          () -> api.send(
              endpoint.method(), path, endpoint.contentType(), body, "Authorization", token));
    }
    return api.send(endpoint.method(), path, endpoint.contentType(), body, "Authorization", token);
  }

  /**
   * Everything a refused call might have changed: content with drafts, settings (with the logo's
   * URL, which names its version), audit trail, the stored logo, decisions in the feedback inbox,
   * the office's users (roles and status) and the sign-ups.
   */
  private String fingerprint(TenantProfile office) {
    ByteArrayOutputStream export = new ByteArrayOutputStream();
    knowledge.exportFile(office.id(), "fingerprint", office.defaultLanguage(), export);
    TenantProfile now = tenants.findBySlug(office.slug()).orElseThrow();
    return export.toString(StandardCharsets.UTF_8) + "\n" + now + "\n"
        + audit.page(office.id(), 0, 1).total() + "\n" + structure.categories(office.id())
        + "\n" + users.list(office) + "\n" + onboarding.list(null)
        + "\n" + feedbackDecisions(office) + "\n" + logos.find(office).map(l -> l.etag());
  }

  private String feedbackDecisions(TenantProfile office) {
    return Stream.of(FeedbackStatus.values())
        .flatMap(status ->
            inbox
                .list(office, new FeedbackQuery(null, status, null, null, 0, 100))
                .items()
                .stream())
        .map(group -> group.id() + " " + group.status() + " " + group.decision())
        .sorted()
        .collect(Collectors.joining("; "));
  }

  private static List<Endpoint> endpoints() {
    String base = "/api/v1/admin/tenants/{slug}";
    String json = "application/json";
    BiConsumer<Fixture, TenantProfile> nothing = (fixture, office) -> {};
    BiConsumer<Fixture, TenantProfile> unanswered = Fixture::logUnansweredQuestion;
    Admits kb = Admits.KNOWLEDGE_BASE_STAFF;
    Admits feedback = Admits.KNOWLEDGE_BASE_STAFF;
    return List.of(
        new Endpoint(
            "GET", "/api/v1/admin/tenants", null, null, nothing, Admits.ANY_SIGNED_IN, 200),
        new Endpoint("GET", base + "/entries?q=pass", null, null, nothing, kb, 200),
        new Endpoint("POST", base + "/entries", json, Fixture::newEntry, nothing, kb, 201),
        new Endpoint("GET", base + "/entries/" + PROBE, null, null, nothing, kb, 200),
        new Endpoint(
            "PUT", base + "/entries/" + PROBE, json, Fixture::probeUpdate, nothing, kb, 200),
        new Endpoint(
            "DELETE",
            base + "/entries/" + DOOMED,
            null,
            null,
            (fixture, office) -> fixture.ensureEntry(office, DOOMED),
            kb,
            204),
        new Endpoint(
            "POST",
            base + "/entries/" + PROBE + "/publish",
            json,
            (f, o) -> bytes("{}"),
            nothing,
            kb,
            200),
        new Endpoint(
            "POST", base + "/entries/" + PROBE + "/unpublish", null, null, nothing, kb, 200),
        new Endpoint(
            "GET", base + "/entries/" + PROBE + "/revisions", null, null, nothing, kb, 200),
        new Endpoint(
            "GET", base + "/entries/" + PROBE + "/revisions/1", null, null, nothing, kb, 200),
        new Endpoint("GET", base + "/categories", null, null, nothing, kb, 200),
        new Endpoint(
            "PUT",
            base + "/categories/matrix",
            json,
            (f, o) -> bytes("{\"titles\": {\"de\": \"Matrix\"}}"),
            nothing,
            kb,
            200),
        new Endpoint("GET", base + "/synonyms", null, null, nothing, kb, 200),
        new Endpoint("GET", base + "/synonyms/de", null, null, nothing, kb, 200),
        new Endpoint(
            "PUT", base + "/synonyms/de", json, Fixture::currentSynonyms, nothing, kb, 200),
        new Endpoint("POST", base + "/import", json, Fixture::importFile, nothing, kb, 200),
        new Endpoint(
            "POST",
            base + "/import",
            "multipart/form-data; boundary=" + Fixture.BOUNDARY,
            Fixture::importUpload,
            nothing,
            kb,
            200),
        new Endpoint("GET", base + "/export", null, null, nothing, kb, 200),
        new Endpoint(
            "POST",
            base + "/test-question",
            json,
            (f, o) -> bytes("{\"question\": \"Wie bekomme ich einen Termin?\"}"),
            nothing,
            kb,
            200),
        new Endpoint("GET", base + "/settings", null, null, nothing, Admits.OFFICE_ADMINS, 200),
        new Endpoint(
            "PUT",
            base + "/settings",
            json,
            Fixture::currentSettings,
            nothing,
            Admits.OFFICE_ADMINS,
            200),
        new Endpoint("GET", base + "/audit", null, null, nothing, Admits.OFFICE_ADMINS, 200),
        new Endpoint("GET", base + "/feedback", null, null, unanswered, feedback, 200),
        new Endpoint(
            "POST",
            base + "/feedback/{group}/sample-question",
            json,
            (f, o) -> bytes("{\"entryKey\": \"" + PROBE + "\", \"language\": \"de\"}"),
            unanswered,
            feedback,
            200),
        new Endpoint(
            "POST",
            base + "/feedback/{group}/entry",
            json,
            Fixture::entryFromFeedback,
            unanswered,
            feedback,
            201),
        new Endpoint(
            "POST", base + "/feedback/{group}/dismiss", null, null, unanswered, feedback, 200),
        new Endpoint(
            "POST", base + "/feedback/{group}/reopen", null, null, unanswered, feedback, 204),
        new Endpoint(
            "PUT",
            base + "/settings/logo",
            "multipart/form-data; boundary=" + Fixture.BOUNDARY,
            Fixture::logoUpload,
            nothing,
            Admits.OFFICE_ADMINS,
            200),
        new Endpoint(
            "PUT",
            base + "/settings/logo",
            "image/png",
            (f, o) -> TestImages.png(32, 32),
            nothing,
            Admits.OFFICE_ADMINS,
            200),
        new Endpoint(
            "DELETE",
            base + "/settings/logo",
            null,
            null,
            Fixture::ensureLogo,
            Admits.OFFICE_ADMINS,
            204),
        new Endpoint(
            "POST",
            base + "/status",
            json,
            (f, o) -> bytes("{\"status\": \"active\"}"),
            nothing,
            Admits.PLATFORM_ADMINS_ONLY,
            200),
        new Endpoint("GET", base + "/users", null, null, nothing, Admits.OFFICE_ADMINS, 200),
        new Endpoint(
            "POST", base + "/users", json, Fixture::invitation, nothing, Admits.OFFICE_ADMINS, 201),
        new Endpoint("GET", base + "/users/{user}", null, null, nothing, Admits.OFFICE_ADMINS, 200),
        new Endpoint(
            "PUT",
            base + "/users/{user}/role",
            json,
            (f, o) -> bytes("{\"role\": \"tenant-editor\"}"),
            nothing,
            Admits.OFFICE_ADMINS,
            200),
        new Endpoint(
            "PUT",
            base + "/users/{user}/status",
            json,
            (f, o) -> bytes("{\"status\": \"active\"}"),
            nothing,
            Admits.OFFICE_ADMINS,
            200),
        new Endpoint(
            "GET", "/api/v1/admin/signups", null, null, nothing, Admits.PLATFORM_ADMINS_ONLY, 200),
        new Endpoint(
            "POST",
            "/api/v1/admin/signups/{signup}/approve",
            json,
            (f, o) -> bytes("{\"template\": \"empty\"}"),
            Fixture::newSignup,
            Admits.PLATFORM_ADMINS_ONLY,
            200),
        new Endpoint(
            "POST",
            "/api/v1/admin/signups/{signup}/reject",
            json,
            (f, o) -> bytes("{\"reason\": \"Matrix.\"}"),
            Fixture::newSignup,
            Admits.PLATFORM_ADMINS_ONLY,
            200),
        new Endpoint(
            "GET",
            base + "/stats?granularity=week",
            null,
            null,
            nothing,
            Admits.OFFICE_STATISTICS_READERS,
            200),
        new Endpoint(
            "GET",
            base + "/stats/export?table=topics&format=excel",
            null,
            null,
            nothing,
            Admits.OFFICE_STATISTICS_READERS,
            200),
        new Endpoint(
            "GET", "/api/v1/admin/stats/offices", null, null, nothing, Admits.MINISTRY, 200),
        new Endpoint(
            "GET",
            "/api/v1/admin/stats/offices/export?format=excel",
            null,
            null,
            nothing,
            Admits.MINISTRY,
            200),
        new Endpoint(
            "GET", "/api/v1/admin/stats/report", null, null, nothing, Admits.MINISTRY, 200));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Request bodies that succeed for an admitted caller, built from the office's current state. */
  final class Fixture {

    static final String BOUNDARY = "matrix-boundary-7d1f";

    private String signup;

    String resolve(String path, TenantProfile office) {
      return path.replace("{slug}", office.slug())
          .replace("{user}", TARGET_USERS.getOrDefault(office.slug(), "none"))
          .replace("{signup}", String.valueOf(signup))
          .replace("{group}", path.contains("{group}") ? feedbackGroup(office) : "");
    }

    byte[] invitation(TenantProfile office) {
      String email = "matrix-" + TestRealm.unique() + "@" + office.slug() + ".lotse.test";
      realm.forgetUserLater(email);
      return bytes(JSON.writeValueAsString(Map.of(
          "email", email, "firstName", "Matrix", "lastName", "Invited", "role", "tenant-editor")));
    }

    /** A pending sign-up of this run for the next approve or reject call. */
    void newSignup(TenantProfile ignored) {
      String unique = TestRealm.unique();
      String domain = "matrix-" + unique + ".lotse.test";
      signup = onboarding
          .submit(new SignupRequest(
              "Matrix office " + unique,
              domain,
              "Mia",
              "Matrix",
              "mia@" + domain,
              "matrix-" + unique))
          .id()
          .toString();
      realm.forgetUserLater("mia@" + domain);
      realm.forgetOfficeLater("matrix-" + unique);
    }

    byte[] newEntry(TenantProfile office) {
      return bytes(JSON.writeValueAsString(
          entry("matrix-" + UUID.randomUUID().toString().substring(0, 8), "Neu.")));
    }

    byte[] probeUpdate(TenantProfile office) {
      int revision = catalog.get(office.id(), PROBE).currentRevision();
      Map<String, Object> body =
          new java.util.HashMap<>(entry(PROBE, "Stand " + UUID.randomUUID()));
      body.put("revision", revision);
      return bytes(JSON.writeValueAsString(body));
    }

    byte[] currentSynonyms(TenantProfile office) {
      return bytes(
          JSON.writeValueAsString(Map.of("groups", structure.synonyms(office.id(), "de"))));
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

    byte[] entryFromFeedback(TenantProfile office) {
      return bytes(JSON.writeValueAsString(Map.of(
          "key",
          "matrix-fb-" + UUID.randomUUID().toString().substring(0, 8),
          "category",
          "documents",
          "translations",
          Map.of("de", Map.of("answer", "Matrixantwort.")))));
    }

    byte[] logoUpload(TenantProfile office) {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      body.writeBytes(bytes("--" + BOUNDARY + "\r\n"
          + "Content-Disposition: form-data; name=\"file\"; filename=\"logo.png\"\r\n"
          + "Content-Type: image/png\r\n\r\n"));
      body.writeBytes(TestImages.png(48, 16));
      body.writeBytes(bytes("\r\n--" + BOUNDARY + "--\r\n"));
      return body.toByteArray();
    }

    /** A logo to delete, so that a refused deletion has something to leave alone. */
    void ensureLogo(TenantProfile office) {
      if (logos.find(office).isEmpty()) {
        try {
          logos.store(office, new ByteArrayInputStream(TestImages.png(16, 16)), "matrix-setup");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }

    /** A question the bot could not answer, as the chat logs it. */
    void logUnansweredQuestion(TenantProfile office) {
      scope.write(
          office.id(),
          () -> jdbc.update(
              """
          insert into chat_message (id, tenant_id, conversation_id, created_at, language, type,
                                    score, latency_ms, question)
          values (?, ?, ?, ?, 'de', 'fallback', 0.1, 2.0, ?)""",
              UUID.randomUUID(),
              office.id(),
              UUID.randomUUID(),
              Timestamp.from(Instant.now()),
              UNANSWERED));
    }

    /** The inbox group of {@link #UNANSWERED} in the office. */
    String feedbackGroup(TenantProfile office) {
      indexes.ensureIndexed(office);
      return engine.groupKey(office.slug(), UNANSWERED, "de").id();
    }

    /** Creates the entry, or restores it when it was deleted. */
    void ensureEntry(TenantProfile office, String key) {
      try {
        catalog.get(office.id(), key);
      } catch (ApiProblem notThere) {
        editor.create(
            office,
            new EntryData(
                key,
                "documents",
                Map.of(
                    "de",
                    new TranslationData(
                        "Matrix " + key, List.of("Matrixfrage " + key + "?"), "Matrixantwort."))),
            "matrix-setup");
      }
    }

    private static String knowledgeBase() {
      return """
          {"format": "kb-exchange/1", "defaultLanguage": "de", "entries": [
            {"key": "matrix-imported", "category": "documents", "translations": {"de": {
              "title": "Importiert", "questions": ["Importiert?"], "answer": "Importiert."}}}]}""";
    }

    private static Map<String, Object> entry(String key, String answer) {
      return Map.of(
          "key",
          key,
          "category",
          "documents",
          "translations",
          Map.of(
              "de",
              Map.of(
                  "title",
                  "Matrix " + key,
                  "questions",
                  List.of("Matrixfrage " + key + "?"),
                  "answer",
                  answer)));
    }
  }
}
