package de.lotse.identity;

import de.lotse.tenant.TenantProfile;
import org.springframework.stereotype.Service;

/** Offices in the sign-in service: each is a Keycloak organization whose alias is its slug. */
@Service
public class OfficeOrganizations {

  private final KeycloakRealm keycloak;

  OfficeOrganizations(KeycloakRealm keycloak) {
    this.keycloak = keycloak;
  }

  /**
   * Creates the office's organization, with its official e-mail domain, unless it exists; safe
   * to repeat after an interrupted attempt.
   */
  public void ensure(TenantProfile office, String emailDomain) {
    keycloak.ensureOrganization(office.slug(), office.displayName(), emailDomain);
  }
}
