package de.lotse.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which tokens the admin API accepts.
 *
 * @param issuer the realm that signs administrators' tokens ({@code LOTSE_OIDC_ISSUER}); a token
 *     with another {@code iss} is refused
 * @param audience what a token's {@code aud} must contain ({@code LOTSE_OIDC_AUDIENCE}), so that
 *     a token the realm issued for another application is refused
 * @param jwkSetUri where the realm publishes its signing keys ({@code LOTSE_OIDC_JWK_SET_URI});
 *     empty for Keycloak's own place under the issuer
 */
@ConfigurationProperties("lotse.oidc")
record IdentityProperties(
    @DefaultValue("http://localhost:8180/realms/lotse") String issuer,
    @DefaultValue("lotse-platform") String audience,
    @DefaultValue("") String jwkSetUri) {

  String signingKeysUri() {
    return jwkSetUri.isBlank() ? issuer + "/protocol/openid-connect/certs" : jwkSetUri;
  }
}
