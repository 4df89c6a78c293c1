package de.lotse.identity;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.identity.DevelopmentRealm.AccessToken;
import de.lotse.identity.DevelopmentRealm.TokenResponse;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The development realm (infra/keycloak/lotse-realm.json) on the real Keycloak that infra/test.sh
 * starts: the tokens the platform's admin API will be given must carry what it relies on.
 */
class KeycloakRealmIntegrationTests {

  private static final List<String> LOTSE_ROLES =
      List.of("platform-admin", "ministry-analyst", "tenant-admin", "tenant-editor");

  @BeforeAll
  static void keycloakServesTheRealm() {
    DevelopmentRealm.requireReachable();
  }

  @ParameterizedTest
  @EnumSource(DemoUser.class)
  void issuesTokensOfTheLotseRealmForThePlatformAudience(DemoUser user) {
    AccessToken token = DevelopmentRealm.passwordGrant(user).accessToken();

    assertThat(token.issuer()).isEqualTo(DevelopmentRealm.issuer());
    assertThat(token.audience()).contains(DevelopmentRealm.PLATFORM_CLIENT);
  }

  @ParameterizedTest
  @EnumSource(DemoUser.class)
  void carriesExactlyTheUsersOwnLotseRole(DemoUser user) {
    AccessToken token = DevelopmentRealm.passwordGrant(user).accessToken();

    assertThat(token.realmRoles()).filteredOn(LOTSE_ROLES::contains).containsExactly(user.role());
  }

  @ParameterizedTest
  @EnumSource(DemoUser.class)
  void carriesTheUsersOfficeWithoutAskingForIt(DemoUser user) {
    AccessToken token = DevelopmentRealm.passwordGrant(user).accessToken();

    assertThat(token.organization()).isEqualTo(user.office().map(List::of));
  }

  @Test
  void officeAdminsOfDifferentOfficesCarryDifferentOffices() {
    Optional<List<String>> rosenheim =
        DevelopmentRealm.passwordGrant(DemoUser.ROSENHEIM_ADMIN).accessToken().organization();
    Optional<List<String>> musterstadt =
        DevelopmentRealm.passwordGrant(DemoUser.MUSTERSTADT_ADMIN).accessToken().organization();

    assertThat(rosenheim).contains(List.of("rosenheim"));
    assertThat(musterstadt).contains(List.of("musterstadt"));
  }

  @Test
  void refusesAWrongPassword() {
    TokenResponse refused = DevelopmentRealm.passwordGrant("rosenheim-admin", "not-the-password");

    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.error()).isEqualTo("invalid_grant");
    assertThat(refused.body().has("access_token")).isFalse();
  }

  @Test
  void refusesAnUnknownUser() {
    TokenResponse refused = DevelopmentRealm.passwordGrant("nobody-at-all", DemoUser.PASSWORD);

    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.error()).isEqualTo("invalid_grant");
  }

  @Test
  void adminUiMustUsePkce() {
    HttpResponse<String> withoutChallenge = DevelopmentRealm.authorizationRequest(Map.of(
        "client_id", "lotse-admin-ui",
        "redirect_uri", "http://localhost:8080/admin/",
        "response_type", "code",
        "scope", "openid"));

    assertThat(withoutChallenge.statusCode()).isEqualTo(302);
    assertThat(withoutChallenge.headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location)
            .startsWith("http://localhost:8080/admin/?error=invalid_request")
            .contains("code_challenge_method"));
  }

  @Test
  void adminUiRedirectsOnlyToTheAdminUi() {
    HttpResponse<String> foreign = DevelopmentRealm.authorizationRequest(Map.of(
        "client_id", "lotse-admin-ui",
        "redirect_uri", "http://localhost:9999/admin/",
        "response_type", "code",
        "scope", "openid",
        "code_challenge", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
        "code_challenge_method", "S256"));

    assertThat(foreign.statusCode()).isEqualTo(400);
    assertThat(foreign.headers().firstValue("Location")).isEmpty();
  }

  @Test
  void platformServiceAccountHoldsOnlyTheAdminRolesItNeeds() {
    AccessToken token = DevelopmentRealm.platformServiceAccountToken().accessToken();

    // query-groups is not granted itself: Keycloak makes it part of view-users.
    assertThat(token.clientRoles("realm-management"))
        .containsExactlyInAnyOrder(
            "manage-users", "view-users", "query-users", "query-groups", "manage-realm");
    assertThat(token.realmRoles()).doesNotContainAnyElementsOf(LOTSE_ROLES);
  }
}
