package de.lotse.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Token buckets for the public chat API: one per client (by pseudonymised address) and one per
 * tenant; a request needs a token from both.
 *
 * <table>
 *   <caption>Properties</caption>
 *   <tr><th>property</th><th>default</th></tr>
 *   <tr><td>{@code lotse.rate-limit.enabled}</td><td>{@code true}</td></tr>
 *   <tr><td>{@code lotse.rate-limit.client-capacity}</td><td>{@code 20}</td></tr>
 *   <tr><td>{@code lotse.rate-limit.client-refill-per-minute}</td><td>{@code 20}</td></tr>
 *   <tr><td>{@code lotse.rate-limit.tenant-capacity}</td><td>{@code 3000}</td></tr>
 *   <tr><td>{@code lotse.rate-limit.tenant-refill-per-second}</td><td>{@code 1000}</td></tr>
 *   <tr><td>{@code lotse.rate-limit.fallback-max-buckets}</td><td>{@code 50000}</td></tr>
 * </table>
 *
 * @param enabled false lets every request through (no Redis calls)
 * @param clientCapacity burst one client may send
 * @param clientRefillPerMinute tokens a client's bucket regains per minute
 * @param tenantCapacity burst one office may receive, summed over all its clients
 * @param tenantRefillPerSecond tokens an office's bucket regains per second
 * @param fallbackMaxBuckets most buckets the instance-local fallback keeps while Redis is down
 *     (least recently used ones are dropped first; roughly 150 bytes each)
 */
@ConfigurationProperties("lotse.rate-limit")
public record RateLimitProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("20") long clientCapacity,
    @DefaultValue("20") long clientRefillPerMinute,
    @DefaultValue("3000") long tenantCapacity,
    @DefaultValue("1000") long tenantRefillPerSecond,
    @DefaultValue("50000") int fallbackMaxBuckets) {

  public RateLimitProperties {
    requirePositive("client-capacity", clientCapacity);
    requirePositive("client-refill-per-minute", clientRefillPerMinute);
    requirePositive("tenant-capacity", tenantCapacity);
    requirePositive("tenant-refill-per-second", tenantRefillPerSecond);
    requirePositive("fallback-max-buckets", fallbackMaxBuckets);
  }

  /** The documented defaults. */
  public static RateLimitProperties defaults() {
    return new RateLimitProperties(true, 20, 20, 3000, 1000, 50_000);
  }

  BucketSpec clientBucket() {
    return new BucketSpec(clientCapacity, clientRefillPerMinute, 60_000);
  }

  BucketSpec tenantBucket() {
    return new BucketSpec(tenantCapacity, tenantRefillPerSecond, 1_000);
  }

  private static void requirePositive(String name, long value) {
    if (value < 1) {
      throw new IllegalArgumentException("lotse.rate-limit." + name + " must be at least 1");
    }
  }
}
