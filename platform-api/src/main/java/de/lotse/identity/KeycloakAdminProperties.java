package de.lotse.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the platform reaches Keycloak's admin API to manage the users and offices of its realm.
 *
 * @param url Keycloak's base URL ({@code LOTSE_KEYCLOAK_URL})
 * @param realm the realm whose users and organizations the platform manages
 *     ({@code LOTSE_KEYCLOAK_REALM})
 * @param clientId the confidential client whose service account the platform acts as
 *     ({@code LOTSE_KEYCLOAK_CLIENT_ID})
 * @param clientSecret its secret ({@code LOTSE_KEYCLOAK_CLIENT_SECRET}); empty switches user
 *     management and onboarding off (they answer 503)
 * @param invitationClientId the client an invitation link signs in to at the end: the admin UI
 *     ({@code LOTSE_INVITATION_CLIENT_ID})
 * @param invitationRedirectUrl where an invited user lands after setting a password; must be
 *     among that client's redirect URIs ({@code LOTSE_INVITATION_REDIRECT_URL})
 * @param invitationLifespan how long an invitation link works ({@code LOTSE_INVITATION_LIFESPAN})
 */
@ConfigurationProperties("lotse.keycloak")
record KeycloakAdminProperties(
    @DefaultValue("http://localhost:8180") String url,
    @DefaultValue("lotse") String realm,
    @DefaultValue("lotse-platform") String clientId,
    @DefaultValue("") String clientSecret,
    @DefaultValue("lotse-admin-ui") String invitationClientId,
    @DefaultValue("http://localhost:8080/admin/") String invitationRedirectUrl,
    @DefaultValue("72h") Duration invitationLifespan) {

  boolean configured() {
    return !clientSecret.isBlank();
  }
}
