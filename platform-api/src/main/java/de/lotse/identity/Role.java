package de.lotse.identity;

import java.util.Arrays;
import java.util.Optional;

/** The platform's realm roles, as Keycloak puts them into {@code realm_access.roles}. */
public enum Role {
  /** Operator of the platform: every office's settings, status and knowledge base. */
  PLATFORM_ADMIN("platform-admin"),
  /** The ministry: statistics across offices, none of an office's content. */
  MINISTRY_ANALYST("ministry-analyst"),
  /** Everything of the caller's own offices. */
  TENANT_ADMIN("tenant-admin"),
  /** The knowledge base of the caller's own offices only. */
  TENANT_EDITOR("tenant-editor");

  private final String claimValue;

  Role(String claimValue) {
    this.claimValue = claimValue;
  }

  public String claimValue() {
    return claimValue;
  }

  /** Keycloak's own roles (offline_access, default-roles-…) are not ours and map to nothing. */
  static Optional<Role> fromClaim(String value) {
    return Arrays.stream(values()).filter(r -> r.claimValue.equals(value)).findFirst();
  }
}
