package de.lotse.identity;

import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Users and organizations that a test creates in the shared development realm, with their own
 * unique names, and removes again at the end. Demo users and offices are never touched: only
 * what this instance created (or was told about with {@link #forgetUserLater}) is deleted.
 */
public final class TestRealm implements AutoCloseable {

  public static final String PASSWORD = "Test-Passw0rd-" + UUID.randomUUID();

  private final Keycloak admin = KeycloakBuilder.builder()
      .serverUrl(DevelopmentRealm.keycloakUrl())
      .realm(DevelopmentRealm.REALM)
      .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
      .clientId(DevelopmentRealm.PLATFORM_CLIENT)
      .clientSecret(DevelopmentRealm.PLATFORM_DEV_SECRET)
      .build();
  private final List<String> users = new ArrayList<>();
  private final List<String> emails = new ArrayList<>();
  private final List<String> organizations = new ArrayList<>();

  public RealmResource realm() {
    return admin.realm(DevelopmentRealm.REALM);
  }

  /** A run-unique token for names, e.g. "a1b2c3d4". */
  public static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  /** An organization for an office slug, as onboarding would create it. */
  public String createOffice(String slug) {
    OrganizationRepresentation organization = new OrganizationRepresentation();
    organization.setAlias(slug);
    organization.setName("Test office " + slug);
    organization.setEnabled(true);
    try (Response response = realm().organizations().create(organization)) {
      String id = CreatedResponseUtil.getCreatedId(response);
      organizations.add(id);
      return id;
    }
  }

  /**
   * A user who can sign in at once with {@link #PASSWORD}, with the realm roles and as a member
   * of the offices given.
   */
  public String createUser(String email, List<String> roles, String... officeSlugs) {
    UserRepresentation user = new UserRepresentation();
    user.setUsername(email);
    user.setEmail(email);
    user.setFirstName("Test");
    user.setLastName("User");
    user.setEnabled(true);
    user.setEmailVerified(true);
    CredentialRepresentation password = new CredentialRepresentation();
    password.setType(CredentialRepresentation.PASSWORD);
    password.setValue(PASSWORD);
    password.setTemporary(false);
    user.setCredentials(List.of(password));
    String id;
    try (Response response = realm().users().create(user)) {
      id = CreatedResponseUtil.getCreatedId(response);
    }
    users.add(id);
    if (!roles.isEmpty()) {
      realm()
          .users()
          .get(id)
          .roles()
          .realmLevel()
          .add(
              roles.stream().map(r -> realm().roles().get(r).toRepresentation()).toList());
    }
    for (String slug : officeSlugs) {
      try (Response added =
          realm().organizations().get(organizationId(slug)).members().addMember(id)) {
        if (added.getStatus() >= 300) {
          throw new IllegalStateException("could not add member: " + added.getStatus());
        }
      }
    }
    return id;
  }

  /** Deletes the account with this address at the end (created through the API under test). */
  public void forgetUserLater(String email) {
    emails.add(email);
  }

  /** Deletes the organization with this alias at the end (created through the API under test). */
  public void forgetOfficeLater(String slug) {
    emails.add("office:" + slug);
  }

  public String organizationId(String slug) {
    return realm().organizations().list(0, 1000).stream()
        .filter(o -> slug.equals(o.getAlias()))
        .map(OrganizationRepresentation::getId)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no organization " + slug));
  }

  public UserRepresentation userByEmail(String email) {
    return realm().users().searchByEmail(email, true).stream()
        .findFirst()
        .orElseThrow(() -> new AssertionError("no user " + email));
  }

  public boolean userExists(String email) {
    return !realm().users().searchByEmail(email, true).isEmpty();
  }

  public List<String> realmRoles(String userId) {
    return realm().users().get(userId).roles().realmLevel().listAll().stream()
        .map(r -> r.getName())
        .toList();
  }

  /** "Authorization" header value for a user of this realm. */
  public static String bearer(String username, String password) {
    DevelopmentRealm.TokenResponse token = DevelopmentRealm.passwordGrant(username, password);
    if (token.status() != 200) {
      throw new AssertionError(
          "no token for " + username + ": " + token.status() + " " + token.body());
    }
    return "Bearer " + token.body().path("access_token").asString();
  }

  public static String bearer(String username) {
    return bearer(username, PASSWORD);
  }

  @Override
  public void close() {
    for (String email : emails) {
      if (email.startsWith("office:")) {
        String slug = email.substring("office:".length());
        realm().organizations().list(0, 1000).stream()
            .filter(o -> slug.equals(o.getAlias()))
            .forEach(o -> realm().organizations().get(o.getId()).delete().close());
      } else {
        realm()
            .users()
            .searchByEmail(email, true)
            .forEach(u -> realm().users().get(u.getId()).remove());
      }
    }
    for (String id : users) {
      try {
        realm().users().get(id).remove();
      } catch (jakarta.ws.rs.NotFoundException alreadyGone) {
        // removed by the test itself
      }
    }
    for (String id : organizations) {
      realm().organizations().get(id).delete().close();
    }
    admin.close();
  }

  /** For assertions on what a token says. */
  public static Map<String, Object> claims(String bearer) {
    DevelopmentRealm.AccessToken token =
        DevelopmentRealm.AccessToken.decode(bearer.substring("Bearer ".length()));
    return Map.of(
        "organization", token.organization().orElse(List.of()), "roles", token.realmRoles());
  }
}
