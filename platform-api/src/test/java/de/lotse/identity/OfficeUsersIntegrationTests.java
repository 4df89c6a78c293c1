package de.lotse.identity;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.audit.AuditRecord;
import de.lotse.audit.AuditTrail;
import de.lotse.support.HttpApi;
import de.lotse.support.PlatformIntegrationTest;
import de.lotse.support.TestMailbox;
import de.lotse.support.TestOffices;
import de.lotse.tenant.TenantProfile;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The users of an office through the admin API, against the real Keycloak and a real SMTP sink:
 * two offices of their own (organizations created for this run and removed after it), each with
 * an administrator who can sign in.
 */
@PlatformIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficeUsersIntegrationTests {

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    TestMailbox.register(registry);
  }

  @LocalServerPort
  int port;

  @Autowired
  TestOffices offices;

  @Autowired
  AuditTrail audit;

  HttpApi api;
  TestRealm realm;
  TenantProfile officeA;
  TenantProfile officeB;
  String adminA;
  String adminAId;
  String adminB;
  String userBId;
  String domainA;

  @BeforeAll
  void twoOfficesWithAdministrators() {
    DevelopmentRealm.requireReachable();
    api = new HttpApi(port);
    realm = new TestRealm();
    officeA = offices.create("users-a", List.of());
    officeB = offices.create("users-b", List.of());
    realm.createOffice(officeA.slug());
    realm.createOffice(officeB.slug());
    domainA = officeA.slug() + ".lotse.test";
    adminA = "admin@" + domainA;
    adminAId = realm.createUser(adminA, List.of("tenant-admin"), officeA.slug());
    adminB = "admin@" + officeB.slug() + ".lotse.test";
    realm.createUser(adminB, List.of("tenant-admin"), officeB.slug());
    userBId = realm.createUser(
        "editor@" + officeB.slug() + ".lotse.test", List.of("tenant-editor"), officeB.slug());
  }

  @AfterAll
  void removeWhatThisRunCreated() {
    if (realm != null) {
      realm.close();
    }
  }

  @Test
  void invitedUserGetsAWorkingLinkAndThenSignsInWithTheOfficeAndRole() {
    String email = "new-editor-" + TestRealm.unique() + "@" + domainA;
    realm.forgetUserLater(email);

    HttpApi.Response invited = invite(officeA, adminA, email, "tenant-editor");

    assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
    JsonNode user = invited.json();
    assertThat(invited.header("Location"))
        .endsWith("/api/v1/admin/tenants/" + officeA.slug() + "/users/"
            + user.get("id").asString());
    assertThat(user.get("role").asString()).isEqualTo("tenant-editor");
    assertThat(user.get("status").asString()).isEqualTo("active");
    assertThat(user.get("pendingActions").toString()).contains("UPDATE_PASSWORD");
    assertThat(DevelopmentRealm.passwordGrant(email, "anything").status())
        .as("no sign-in before the invitation is accepted")
        .isNotEqualTo(200);

    MimeMessage mail = TestMailbox.awaitMessageTo(email);
    String link = TestMailbox.actionLink(mail);
    assertThat(link).startsWith(DevelopmentRealm.issuer() + "/login-actions/action-token");
    String end = new InvitationBrowser().acceptInvitation(link, TestRealm.PASSWORD);

    assertThat(end).startsWith("http://localhost:8080/admin/");
    String token = TestRealm.bearer(email);
    assertThat(TestRealm.claims(token).get("organization")).isEqualTo(List.of(officeA.slug()));
    assertThat(DevelopmentRealm.AccessToken.decode(token.substring(7)).realmRoles())
        .contains("tenant-editor")
        .doesNotContain("tenant-admin", "platform-admin", "ministry-analyst");
    assertThat(
            api.get("/api/v1/admin/tenants/" + officeA.slug() + "/entries", "Authorization", token)
                .status())
        .as("the new editor edits the office's knowledge base")
        .isEqualTo(200);
    assertThat(lastAudit(officeA)).satisfies(record -> {
      assertThat(record.action()).isEqualTo("user.invited");
      assertThat(record.actor()).isEqualTo(adminA);
      assertThat(record.target()).isEqualTo(email);
    });
  }

  @Test
  void anAddressWithAnAccountIsAConflictNamingEmail() {
    HttpApi.Response again = invite(officeA, adminA, adminB, "tenant-editor");

    assertThat(again.status()).as(again.toString()).isEqualTo(409);
    assertThat(again.json().get("type").asString()).isEqualTo("urn:lotse:problem:email-taken");
    assertThat(again.json().get("errors").get(0).get("field").asString()).isEqualTo("email");
  }

  @Test
  void invalidInvitationNamesEveryField() {
    HttpApi.Response refused = api.post(
        users(officeA),
        HttpApi.json(Map.of(
            "email", "not-an-address", "firstName", "<script>", "lastName", "", "role", "boss")),
        "Authorization",
        TestRealm.bearer(adminA));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("errors").findValuesAsString("field"))
        .containsExactlyInAnyOrder("email", "firstName", "lastName", "role");
  }

  @Test
  void listsExactlyTheMembersOfTheOffice() {
    HttpApi.Response list = api.get(users(officeB), "Authorization", TestRealm.bearer(adminB));

    assertThat(list.status()).isEqualTo(200);
    // Other tests of this class add members to the office too.
    List<String> emails = list.json().findValuesAsString("email");
    assertThat(emails)
        .contains(adminB, "editor@" + officeB.slug() + ".lotse.test")
        .doesNotContain(adminA)
        .isSorted();
    assertThat(list.json().get(emails.indexOf(adminB)).get("role").asString())
        .isEqualTo("tenant-admin");
  }

  @Test
  void anOfficeAdminCannotReachAnotherOfficesUsers() {
    String token = TestRealm.bearer(adminA);
    String viaOwnOffice = users(officeA) + "/" + userBId;
    String viaOtherOffice = users(officeB) + "/" + userBId;

    assertThat(api.get(viaOwnOffice, "Authorization", token).status()).isEqualTo(404);
    assertThat(
            api.put(viaOwnOffice + "/role", "{\"role\": \"tenant-admin\"}", "Authorization", token)
                .status())
        .isEqualTo(404);
    assertThat(
            api.put(viaOwnOffice + "/status", "{\"status\": \"disabled\"}", "Authorization", token)
                .status())
        .isEqualTo(404);
    assertThat(api.get(users(officeB), "Authorization", token).status()).isEqualTo(403);
    assertThat(api.put(
                viaOtherOffice + "/status", "{\"status\": \"disabled\"}", "Authorization", token)
            .status())
        .isEqualTo(403);
    assertThat(invite(
                officeB, adminA, "intruder-" + TestRealm.unique() + "@x.lotse.test", "tenant-admin")
            .status())
        .isEqualTo(403);

    assertThat(realm.realmRoles(userBId)).contains("tenant-editor").doesNotContain("tenant-admin");
    assertThat(realm.realm().users().get(userBId).toRepresentation().isEnabled())
        .isTrue();
  }

  @Test
  void noPlatformOrMinistryRoleCanBeGivenThroughAnOffice() {
    String email = "climber-" + TestRealm.unique() + "@" + domainA;
    realm.forgetUserLater(email);
    String editor = realm.createUser(
        "editor-" + TestRealm.unique() + "@" + domainA, List.of("tenant-editor"), officeA.slug());
    String token = TestRealm.bearer(adminA);

    for (String role : List.of("platform-admin", "ministry-analyst", "default-roles-lotse")) {
      HttpApi.Response invited = invite(officeA, adminA, email, role);
      HttpApi.Response changed = api.put(
          users(officeA) + "/" + editor + "/role",
          "{\"role\": \"" + role + "\"}",
          "Authorization",
          token);

      assertThat(invited.status()).as(invited.toString()).isEqualTo(400);
      assertThat(invited.json().get("errors").get(0).get("field").asString()).isEqualTo("role");
      assertThat(changed.status()).as(changed.toString()).isEqualTo(400);
    }
    assertThat(realm.userExists(email)).isFalse();
    assertThat(realm.realmRoles(editor))
        .contains("tenant-editor")
        .doesNotContain("platform-admin", "ministry-analyst", "tenant-admin");
    // Not even the platform's operators hand out platform roles through an office.
    assertThat(api.put(
                users(officeA) + "/" + editor + "/role",
                "{\"role\": \"platform-admin\"}",
                "Authorization",
                AdminTokens.bearer(DemoUser.PLATFORM_ADMIN))
            .status())
        .isEqualTo(400);
  }

  @Test
  void nobodyDisablesOrDemotesThemselves() {
    String token = TestRealm.bearer(adminA);

    HttpApi.Response disabled = api.put(
        users(officeA) + "/" + adminAId + "/status",
        "{\"status\": \"disabled\"}",
        "Authorization",
        token);
    HttpApi.Response demoted = api.put(
        users(officeA) + "/" + adminAId + "/role",
        "{\"role\": \"tenant-editor\"}",
        "Authorization",
        token);

    assertThat(disabled.status()).isEqualTo(403);
    assertThat(demoted.status()).isEqualTo(403);
    assertThat(realm.realm().users().get(adminAId).toRepresentation().isEnabled())
        .isTrue();
    assertThat(realm.realmRoles(adminAId)).contains("tenant-admin");
  }

  @Test
  void changesRoleAndDisablesAndEnablesAUserOfTheOffice() {
    String email = "colleague-" + TestRealm.unique() + "@" + domainA;
    String id = realm.createUser(email, List.of("tenant-editor"), officeA.slug());
    String token = TestRealm.bearer(adminA);
    String user = users(officeA) + "/" + id;

    HttpApi.Response promoted =
        api.put(user + "/role", "{\"role\": \"tenant-admin\"}", "Authorization", token);
    assertThat(promoted.status()).as(promoted.toString()).isEqualTo(200);
    assertThat(promoted.json().get("role").asString()).isEqualTo("tenant-admin");
    assertThat(realm.realmRoles(id)).contains("tenant-admin").doesNotContain("tenant-editor");
    assertThat(lastAudit(officeA).action()).isEqualTo("user.role");
    assertThat(lastAudit(officeA).detail())
        .containsEntry("from", "tenant-editor")
        .containsEntry("to", "tenant-admin");

    HttpApi.Response disabled =
        api.put(user + "/status", "{\"status\": \"disabled\"}", "Authorization", token);
    assertThat(disabled.status()).isEqualTo(200);
    assertThat(disabled.json().get("status").asString()).isEqualTo("disabled");
    assertThat(DevelopmentRealm.passwordGrant(email, TestRealm.PASSWORD).status())
        .as("a disabled user cannot sign in")
        .isNotEqualTo(200);
    assertThat(lastAudit(officeA).action()).isEqualTo("user.status");

    HttpApi.Response enabled =
        api.put(user + "/status", "{\"status\": \"active\"}", "Authorization", token);
    assertThat(enabled.json().get("status").asString()).isEqualTo("active");
    assertThat(DevelopmentRealm.passwordGrant(email, TestRealm.PASSWORD).status())
        .isEqualTo(200);
  }

  @Test
  void aUserWhoAlsoBelongsToAnotherOfficeIsLeftToThePlatformsOperators() {
    String shared = realm.createUser(
        "shared-" + TestRealm.unique() + "@lotse.test",
        List.of("tenant-editor"),
        officeA.slug(),
        officeB.slug());

    HttpApi.Response byOfficeAdmin = api.put(
        users(officeA) + "/" + shared + "/status",
        "{\"status\": \"disabled\"}",
        "Authorization",
        TestRealm.bearer(adminA));
    HttpApi.Response byOperator = api.put(
        users(officeA) + "/" + shared + "/role",
        "{\"role\": \"tenant-admin\"}",
        "Authorization",
        AdminTokens.bearer(DemoUser.PLATFORM_ADMIN));

    assertThat(byOfficeAdmin.status()).isEqualTo(403);
    assertThat(realm.realm().users().get(shared).toRepresentation().isEnabled()).isTrue();
    assertThat(byOperator.status()).as(byOperator.toString()).isEqualTo(200);
    assertThat(realm.realmRoles(shared)).contains("tenant-admin");
  }

  @Test
  void platformAdminManagesAnyOfficesUsers() {
    String bearer = AdminTokens.bearer(DemoUser.PLATFORM_ADMIN);
    String email = "by-operator-" + TestRealm.unique() + "@" + officeB.slug() + ".lotse.test";
    realm.forgetUserLater(email);

    assertThat(api.get(users(officeB), "Authorization", bearer).status()).isEqualTo(200);
    HttpApi.Response invited = api.post(
        users(officeB),
        HttpApi.json(Map.of(
            "email",
            email,
            "firstName",
            "Olga",
            "lastName",
            "Operator-Invited",
            "role",
            "tenant-admin")),
        "Authorization",
        bearer);

    assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
    assertThat(TestMailbox.awaitMessageTo(email)).isNotNull();
    assertThat(lastAudit(officeB).actor()).isEqualTo("platform-admin");
  }

  private HttpApi.Response invite(TenantProfile office, String asUser, String email, String role) {
    return api.post(
        users(office),
        HttpApi.json(Map.of("email", email, "firstName", "Nina", "lastName", "Neu", "role", role)),
        "Authorization",
        TestRealm.bearer(asUser));
  }

  private static String users(TenantProfile office) {
    return "/api/v1/admin/tenants/" + office.slug() + "/users";
  }

  private AuditRecord lastAudit(TenantProfile office) {
    return audit.page(office.id(), 0, 1).items().get(0);
  }
}
