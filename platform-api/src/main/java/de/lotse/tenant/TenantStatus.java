package de.lotse.tenant;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Lifecycle of an office on the platform. Only active offices answer citizens. */
public enum TenantStatus {
  /** Signed up, waiting for a platform operator's approval. */
  PENDING,
  ACTIVE,
  /** Switched off by the operator; its content is kept. */
  SUSPENDED;

  /** The lower-case name used in the database and in JSON. */
  @JsonValue
  public String dbValue() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  @JsonCreator
  public static TenantStatus fromValue(String value) {
    return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
  }
}
