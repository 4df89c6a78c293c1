package de.lotse.ratelimit;

import de.lotse.redis.RedisKeys;
import de.lotse.redis.RedisScript;
import java.util.List;
import redis.clients.jedis.RedisClient;

/**
 * Tenant and client buckets in Redis, shared by all instances. Both are checked and spent in one
 * atomic script; see {@code token-buckets.lua} for the stored layout and expiry.
 *
 * <p>The time comes from the calling instance's clock rather than Redis' {@code TIME}: the local
 * fallback then runs on the same clock, tests can move time instead of sleeping, and the script
 * never lets a bucket's time run backwards, so clock differences between NTP-synchronised instances
 * (milliseconds) shift a refill by at most that much.
 */
final class RedisTokenBuckets {

  private static final RedisScript SCRIPT =
      RedisScript.fromResource(RedisTokenBuckets.class, "token-buckets.lua");

  private final RedisClient redis;
  private final RedisKeys keys;
  private final BucketSpec tenantSpec;
  private final BucketSpec clientSpec;

  RedisTokenBuckets(
      RedisClient redis, RedisKeys keys, BucketSpec tenantSpec, BucketSpec clientSpec) {
    this.redis = redis;
    this.keys = keys;
    this.tenantSpec = tenantSpec;
    this.clientSpec = clientSpec;
  }

  RateLimitDecision tryAcquire(String tenantKey, String clientId, long nowMillis) {
    List<String> bucketKeys = List.of(
        keys.tenant(tenantKey, "ratelimit", "tenant"),
        keys.tenant(tenantKey, "ratelimit", "client", clientId));
    List<String> args = List.of(
        Long.toString(nowMillis),
        Long.toString(tenantSpec.capacity()),
        Long.toString(tenantSpec.refillTokens()),
        Long.toString(tenantSpec.refillMillis()),
        Long.toString(clientSpec.capacity()),
        Long.toString(clientSpec.refillTokens()),
        Long.toString(clientSpec.refillMillis()));
    List<?> reply = (List<?>) SCRIPT.run(redis, bucketKeys, args);
    boolean allowed = ((Long) reply.get(0)) == 1L;
    long waitMillis = (Long) reply.get(1);
    return allowed ? RateLimitDecision.ALLOW : RateLimitDecision.fromWait(Math.max(1, waitMillis));
  }
}
