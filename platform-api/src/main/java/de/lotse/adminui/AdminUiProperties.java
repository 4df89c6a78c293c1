package de.lotse.adminui;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the admin app signs its users in. Handed to the browser at run time (not built into the
 * app), so one build serves every deployment.
 *
 * @param authority the OpenID Connect issuer the browser talks to
 *     ({@code LOTSE_ADMIN_UI_AUTHORITY}); by default the realm whose tokens the admin API accepts
 * @param clientId the realm's public client for the app ({@code LOTSE_ADMIN_UI_CLIENT_ID})
 */
@ConfigurationProperties("lotse.admin-ui")
record AdminUiProperties(
    @DefaultValue("http://localhost:8180/realms/lotse") String authority,
    @DefaultValue("lotse-admin-ui") String clientId) {

  /** The sign-in service's origin, which the app's pages must be allowed to call. */
  String authorityOrigin() {
    URI uri = URI.create(authority);
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }
}
