package de.lotse.identity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles an office gives its users. Nothing else can be given through the office's user
 * management: the platform's own roles are never on offer there.
 */
enum OfficeRole {
  ADMIN(Role.TENANT_ADMIN),
  EDITOR(Role.TENANT_EDITOR);

  private final Role role;

  OfficeRole(Role role) {
    this.role = role;
  }

  String claimValue() {
    return role.claimValue();
  }

  static Optional<OfficeRole> from(String value) {
    return Arrays.stream(values()).filter(r -> r.claimValue().equals(value)).findFirst();
  }
}
