package de.lotse.identity;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.audit.AuditTrail;
import de.lotse.support.HttpApi;
import de.lotse.support.PlatformIntegrationTest;
import de.lotse.support.TestOffices;
import de.lotse.tenant.TenantProfile;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An invitation whose e-mail cannot be sent (the mail server does not answer) leaves nothing
 * behind in Keycloak, so inviting again later simply works.
 */
@PlatformIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvitationWithoutMailIntegrationTests {

  @DynamicPropertySource
  static void deadMailServer(DynamicPropertyRegistry registry) {
    registry.add("lotse.mail.host", () -> "127.0.0.1");
    registry.add("lotse.mail.port", InvitationWithoutMailIntegrationTests::closedPort);
  }

  @LocalServerPort
  int port;

  @Autowired
  TestOffices offices;

  @Autowired
  AuditTrail audit;

  final TestRealm realm = new TestRealm();

  @AfterAll
  void removeWhatThisRunCreated() {
    realm.close();
  }

  @Test
  void invitationThatCannotBeMailedLeavesNoUser() {
    DevelopmentRealm.requireReachable();
    TenantProfile office = offices.create("nomail", List.of());
    realm.createOffice(office.slug());
    String email = "unmailed-" + TestRealm.unique() + "@nomail.lotse.test";
    realm.forgetUserLater(email);

    HttpApi.Response invited = new HttpApi(port)
        .post(
            "/api/v1/admin/tenants/" + office.slug() + "/users",
            HttpApi.json(Map.of(
                "email", email, "firstName", "Nora", "lastName", "Mail", "role", "tenant-editor")),
            "Authorization",
            AdminTokens.bearer(DemoUser.PLATFORM_ADMIN));

    assertThat(invited.status()).as(invited.toString()).isEqualTo(502);
    assertThat(invited.json().get("type").asString())
        .isEqualTo("urn:lotse:problem:invitation-not-sent");
    assertThat(realm.userExists(email))
        .as("the half-invited user is removed again")
        .isFalse();
    assertThat(audit.page(office.id(), 0, 1).total()).isZero();
  }

  private static int closedPort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort(); // free now, and nobody listens there after the close
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
