package de.lotse.identity;

import java.util.Optional;

/**
 * The demo users of the development realm (infra/keycloak/lotse-realm.json), with the role and
 * office each one is expected to carry in its tokens. Local use only: no production realm has them.
 */
public enum DemoUser {
  ROSENHEIM_ADMIN("rosenheim-admin", "tenant-admin", "rosenheim"),
  ROSENHEIM_EDITOR("rosenheim-editor", "tenant-editor", "rosenheim"),
  MUSTERSTADT_ADMIN("musterstadt-admin", "tenant-admin", "musterstadt"),
  MINISTRY_ANALYST("ministry-analyst", "ministry-analyst", null),
  PLATFORM_ADMIN("platform-admin", "platform-admin", null);

  public static final String PASSWORD = "demo";

  private final String username;
  private final String role;
  private final String office;

  DemoUser(String username, String role, String office) {
    this.username = username;
    this.role = role;
    this.office = office;
  }

  public String username() {
    return username;
  }

  public String role() {
    return role;
  }

  /** The office slug (Keycloak organization alias); empty for users who work across offices. */
  public Optional<String> office() {
    return Optional.ofNullable(office);
  }
}
