package de.lotse.redis;

import java.util.Objects;

/**
 * Builds the names of Redis keys and channels, so every one starts with the configured prefix and
 * tenant-owned ones carry their tenant right after it: {@code <prefix><tenant>:<part>:<part>}.
 * Keeping the tenant in a fixed position lets an operator find or delete everything of one office
 * with a single {@code SCAN MATCH lotse:<tenant>:*}.
 */
public record RedisKeys(String prefix) {

  public RedisKeys {
    Objects.requireNonNull(prefix, "prefix");
  }

  /** A key owned by one tenant. */
  public String tenant(String tenantId, String... parts) {
    if (tenantId == null || tenantId.isBlank()) {
      throw new IllegalArgumentException("tenant-owned Redis keys need a tenant");
    }
    return join(prefix + tenantId, parts);
  }

  /** A key or channel shared by all tenants. */
  public String global(String... parts) {
    if (parts.length == 0) {
      throw new IllegalArgumentException("a global Redis key needs at least one part");
    }
    return prefix + String.join(":", parts);
  }

  private static String join(String head, String... parts) {
    return parts.length == 0 ? head : head + ":" + String.join(":", parts);
  }
}
