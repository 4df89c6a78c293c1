package de.lotse.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.audit.AuditRecord;
import de.lotse.audit.AuditTrail;
import de.lotse.identity.AdminTokens;
import de.lotse.identity.DemoUser;
import de.lotse.identity.DevelopmentRealm;
import de.lotse.identity.InvitationBrowser;
import de.lotse.identity.TestRealm;
import de.lotse.knowledge.KnowledgeService;
import de.lotse.support.HttpApi;
import de.lotse.support.PlatformIntegrationTest;
import de.lotse.support.TestMailbox;
import de.lotse.tenant.TenantProfile;
import de.lotse.tenant.TenantService;
import de.lotse.tenant.TenantStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Self-onboarding end to end: the public sign-up, the operator's decision, and what approval sets
 * up in the real Keycloak (organization, first administrator with an invitation e-mail that
 * works) and in the platform (active office, starter knowledge base, audit trail). Every office,
 * organization and user has a name unique to this run; what Keycloak holds is removed after it.
 */
@PlatformIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// The abuse limits have their own tests; here one client sends many sign-ups.
@TestPropertySource(properties = "lotse.rate-limit.signup.client-capacity=1000")
class OnboardingIntegrationTests {

  private static final String SIGNUPS = "/api/v1/public/signups";
  private static final String ADMIN_SIGNUPS = "/api/v1/admin/signups";
  private static final int DEMO_ENTRIES = 65;

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    TestMailbox.register(registry);
  }

  @LocalServerPort
  int port;

  @Autowired
  TenantService tenants;

  @Autowired
  KnowledgeService knowledge;

  @Autowired
  AuditTrail audit;

  HttpApi api;
  TestRealm realm;
  String operator;

  @BeforeAll
  void keycloak() {
    DevelopmentRealm.requireReachable();
    realm = new TestRealm();
  }

  @AfterAll
  void removeWhatThisRunCreated() {
    if (realm != null) {
      realm.close();
    }
  }

  @BeforeEach
  void client() {
    api = new HttpApi(port);
    operator = AdminTokens.bearer(DemoUser.PLATFORM_ADMIN);
  }

  @Test
  void approvedOfficeIsActiveWithItsOrganizationFirstAdministratorAndStarterContent() {
    Signup signup = newSignup("approved");

    HttpApi.Response submitted = api.post(SIGNUPS, signup.json());
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(202);
    String id = submitted.json().get("id").asString();
    assertThat(submitted.json().get("status").asString()).isEqualTo("pending");
    assertThat(pendingIds()).contains(id);
    assertThat(publicConfig(signup.slug()).status())
        .as("nothing public before approval")
        .isEqualTo(404);

    HttpApi.Response approved = api.post(
        ADMIN_SIGNUPS + "/" + id + "/approve",
        "{\"template\": \"demo\"}",
        "Authorization",
        operator);

    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    assertThat(approved.json().get("status").asString()).isEqualTo("approved");
    assertThat(approved.json().get("decidedBy").asString()).isEqualTo("platform-admin");
    TenantProfile office = tenants.findBySlug(signup.slug()).orElseThrow();
    assertThat(office.status()).isEqualTo(TenantStatus.ACTIVE);
    assertThat(office.displayName()).isEqualTo(signup.officeName());
    assertThat(knowledge.countEntries(office.id())).isEqualTo(DEMO_ENTRIES);
    OrganizationRepresentation organization =
        realm.realm().organizations().get(realm.organizationId(signup.slug())).toRepresentation();
    assertThat(organization.getDomains())
        .extracting(d -> d.getName())
        .containsExactly(signup.domain());

    String link = TestMailbox.actionLink(TestMailbox.awaitMessageTo(signup.contactEmail()));
    new InvitationBrowser().acceptInvitation(link, TestRealm.PASSWORD);
    String firstAdmin = TestRealm.bearer(signup.contactEmail());
    assertThat(TestRealm.claims(firstAdmin).get("organization")).isEqualTo(List.of(signup.slug()));
    HttpApi.Response drafts = api.get(
        "/api/v1/admin/tenants/" + signup.slug() + "/entries?status=draft&size=100",
        "Authorization",
        firstAdmin);
    assertThat(drafts.status()).as(drafts.toString()).isEqualTo(200);
    assertThat(drafts.json().get("total").asInt())
        .as("starter content waits for review")
        .isEqualTo(DEMO_ENTRIES);
    assertThat(api.get(
                "/api/v1/admin/tenants/" + signup.slug() + "/users", "Authorization", firstAdmin)
            .json()
            .findValuesAsString("role"))
        .containsExactly("tenant-admin");
    assertThat(publicConfig(signup.slug()).status()).isEqualTo(200);
    assertThat(audit.page(office.id(), 0, 50).items())
        .extracting(AuditRecord::action)
        .contains(
            "office.signed-up",
            "office.approved",
            "office.status",
            "user.invited",
            "knowledge.import");
  }

  @Test
  void approvalStoppedBySignInServiceIsFinishedByApprovingAgain() {
    Signup signup = newSignup("retry");
    String id = api.post(SIGNUPS, signup.json()).json().get("id").asString();
    // The contact's address already belongs to a user of another office: Keycloak's state
    // stops the approval after the office and its organization were created.
    String elsewhere = "elsewhere-" + TestRealm.unique();
    realm.createOffice(elsewhere);
    String blocker = realm.createUser(signup.contactEmail(), List.of("tenant-editor"), elsewhere);

    HttpApi.Response stopped = api.post(
        ADMIN_SIGNUPS + "/" + id + "/approve",
        "{\"template\": \"demo\"}",
        "Authorization",
        operator);

    assertThat(stopped.status()).as(stopped.toString()).isEqualTo(409);
    assertThat(stopped.json().get("errors").get(0).get("field").asString())
        .isEqualTo("contactEmail");
    assertThat(pendingIds()).contains(id);
    assertThat(tenants.findBySlug(signup.slug()).orElseThrow().status())
        .isEqualTo(TenantStatus.PENDING);
    assertThat(publicConfig(signup.slug()).status())
        .as("a half set-up office stays hidden")
        .isEqualTo(404);

    realm.realm().users().get(blocker).remove();
    HttpApi.Response finished = api.post(
        ADMIN_SIGNUPS + "/" + id + "/approve",
        "{\"template\": \"demo\"}",
        "Authorization",
        operator);

    assertThat(finished.status()).as(finished.toString()).isEqualTo(200);
    TenantProfile office = tenants.findBySlug(signup.slug()).orElseThrow();
    assertThat(office.status()).isEqualTo(TenantStatus.ACTIVE);
    assertThat(knowledge.countEntries(office.id())).as("imported once").isEqualTo(DEMO_ENTRIES);
    assertThat(realm.realm().organizations().list(0, 1000))
        .filteredOn(o -> signup.slug().equals(o.getAlias()))
        .hasSize(1);
    assertThat(TestMailbox.awaitMessageTo(signup.contactEmail())).isNotNull();
    assertThat(api.post(
                ADMIN_SIGNUPS + "/" + id + "/approve",
                "{\"template\": \"demo\"}",
                "Authorization",
                operator)
            .status())
        .as("approved once")
        .isEqualTo(409);
  }

  @Test
  void rejectionIsRecordedAndFreesTheNameForAnotherSignUp() {
    Signup signup = newSignup("rejected");
    String id = api.post(SIGNUPS, signup.json()).json().get("id").asString();

    HttpApi.Response withoutReason =
        api.post(ADMIN_SIGNUPS + "/" + id + "/reject", "{}", "Authorization", operator);
    HttpApi.Response rejected = api.post(
        ADMIN_SIGNUPS + "/" + id + "/reject",
        "{\"reason\": \"Keine Ausländerbehörde.\"}",
        "Authorization",
        operator);

    assertThat(withoutReason.status()).isEqualTo(400);
    assertThat(withoutReason.json().get("errors").get(0).get("field").asString())
        .isEqualTo("reason");
    assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
    assertThat(rejected.json().get("status").asString()).isEqualTo("rejected");
    assertThat(rejected.json().get("rejectionReason").asString())
        .isEqualTo("Keine Ausländerbehörde.");
    assertThat(tenants.findBySlug(signup.slug())).isEmpty();
    assertThat(realm.userExists(signup.contactEmail())).isFalse();
    HttpApi.Response approveAfterwards = api.post(
        ADMIN_SIGNUPS + "/" + id + "/approve",
        "{\"template\": \"empty\"}",
        "Authorization",
        operator);
    assertThat(approveAfterwards.status()).isEqualTo(409);
    assertThat(approveAfterwards.json().get("type").asString())
        .isEqualTo("urn:lotse:problem:signup-decided");
    assertThat(api.post(SIGNUPS, signup.json()).status())
        .as("the name is free again")
        .isEqualTo(202);
  }

  @Test
  void takenNamesAndDomainsAreConflictsNamingTheField() {
    Signup first = newSignup("taken");
    assertThat(api.post(SIGNUPS, first.json()).status()).isEqualTo(202);
    Signup sameSlug = newSignup("other").withSlug(first.slug());
    Signup sameDomain = newSignup("other").withDomain(first.domain());

    HttpApi.Response slugTaken = api.post(SIGNUPS, sameSlug.json());
    HttpApi.Response domainTaken = api.post(SIGNUPS, sameDomain.json());
    HttpApi.Response existingOffice =
        api.post(SIGNUPS, newSignup("x").withSlug(existingSlug()).json());

    assertThat(slugTaken.status()).isEqualTo(409);
    assertThat(slugTaken.json().get("type").asString()).isEqualTo("urn:lotse:problem:slug-taken");
    assertThat(slugTaken.json().get("errors").get(0).get("field").asString()).isEqualTo("slug");
    assertThat(domainTaken.status()).isEqualTo(409);
    assertThat(domainTaken.json().get("errors").get(0).get("field").asString())
        .isEqualTo("emailDomain");
    assertThat(existingOffice.status()).isEqualTo(409);
  }

  @Test
  void obviouslyBadSignUpsAreRefusedNamingEveryField() {
    HttpApi.Response refused = api.post(
        SIGNUPS,
        HttpApi.json(Map.of(
            "officeName",
            "<b>",
            "emailDomain",
            "gmail.com",
            "contactFirstName",
            "Eva",
            "contactLastName",
            "",
            "contactEmail",
            "eva@example.org",
            "slug",
            "Not A Slug")));
    HttpApi.Response foreignAddress = api.post(
        SIGNUPS,
        newSignup("foreign").withContactEmail("someone@elsewhere.example").json());
    HttpApi.Response reserved =
        api.post(SIGNUPS, newSignup("reserved").withSlug("admin").json());

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("errors").findValuesAsString("field"))
        .containsExactlyInAnyOrder(
            "officeName", "emailDomain", "contactLastName", "contactEmail", "slug");
    assertThat(foreignAddress.status()).isEqualTo(400);
    assertThat(foreignAddress.json().get("errors").get(0).get("field").asString())
        .isEqualTo("contactEmail");
    assertThat(reserved.json().get("errors").get(0).get("field").asString()).isEqualTo("slug");
  }

  @Test
  void approvalNeedsAKnownTemplateAndAnExistingSignUp() {
    String id = api.post(SIGNUPS, newSignup("template").json()).json().get("id").asString();

    HttpApi.Response unknownTemplate = api.post(
        ADMIN_SIGNUPS + "/" + id + "/approve",
        "{\"template\": \"nope\"}",
        "Authorization",
        operator);
    HttpApi.Response unknownSignup = api.post(
        ADMIN_SIGNUPS + "/" + java.util.UUID.randomUUID() + "/approve",
        "{\"template\": \"demo\"}",
        "Authorization",
        operator);

    assertThat(unknownTemplate.status()).isEqualTo(400);
    assertThat(unknownTemplate.json().get("errors").get(0).get("field").asString())
        .isEqualTo("template");
    assertThat(unknownTemplate.json().get("detail").asString()).contains("demo", "empty");
    assertThat(unknownSignup.status()).isEqualTo(404);
    assertThat(unknownSignup.json().get("type").asString())
        .isEqualTo("urn:lotse:problem:signup-not-found");
  }

  private List<String> pendingIds() {
    HttpApi.Response list = api.get(ADMIN_SIGNUPS + "?status=pending", "Authorization", operator);
    assertThat(list.status()).isEqualTo(200);
    return list.json().findValuesAsString("id");
  }

  private HttpApi.Response publicConfig(String slug) {
    return api.get("/api/v1/public/tenants/" + slug + "/config");
  }

  private String existingSlug() {
    return tenants.all().stream()
        .map(TenantProfile::slug)
        .findFirst()
        .orElseGet(() -> tenants
            .create(
                new de.lotse.tenant.NewTenant(
                    "onb-" + TestRealm.unique(),
                    "Vorhanden",
                    "Bot",
                    "de",
                    List.of("de"),
                    Map.of(),
                    null,
                    null,
                    List.of(),
                    null),
                TenantStatus.ACTIVE)
            .slug());
  }

  private Signup newSignup(String prefix) {
    String unique = TestRealm.unique();
    Signup signup = new Signup(
        "Ausländerbehörde " + prefix + " " + unique,
        prefix + "-" + unique + ".onboarding.lotse.test",
        "Karla",
        "Kontakt",
        "karla.kontakt@" + prefix + "-" + unique + ".onboarding.lotse.test",
        "onb-" + prefix + "-" + unique);
    realm.forgetUserLater(signup.contactEmail());
    realm.forgetOfficeLater(signup.slug());
    return signup;
  }

  record Signup(
      String officeName,
      String domain,
      String firstName,
      String lastName,
      String contactEmail,
      String slug) {

    String json() {
      return HttpApi.json(Map.of(
          "officeName",
          officeName,
          "emailDomain",
          domain,
          "contactFirstName",
          firstName,
          "contactLastName",
          lastName,
          "contactEmail",
          contactEmail,
          "slug",
          slug));
    }

    Signup withSlug(String other) {
      return new Signup(officeName, domain, firstName, lastName, contactEmail, other);
    }

    Signup withDomain(String other) {
      return new Signup(officeName, other, firstName, lastName, "karla@" + other, slug);
    }

    Signup withContactEmail(String other) {
      return new Signup(officeName, domain, firstName, lastName, other, slug);
    }
  }
}
