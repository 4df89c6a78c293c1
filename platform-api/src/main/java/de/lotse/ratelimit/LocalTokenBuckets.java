package de.lotse.ratelimit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tenant and client buckets in this instance's memory, used while Redis is unavailable. Each
 * instance limits on its own then, so a client spreading requests over n instances gets up to n
 * times its share; that is the price of answering at all.
 *
 * <p>Memory is bounded: beyond {@code maxBuckets} the least recently used bucket is dropped. An
 * idle bucket has usually refilled anyway, and dropping a busy one only makes the limit lenient.
 */
final class LocalTokenBuckets {

  private final BucketSpec tenantSpec;
  private final BucketSpec clientSpec;
  private final Map<String, TokenBucket> buckets;

  LocalTokenBuckets(BucketSpec tenantSpec, BucketSpec clientSpec, int maxBuckets) {
    this.tenantSpec = tenantSpec;
    this.clientSpec = clientSpec;
    this.buckets = new LinkedHashMap<>(1024, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, TokenBucket> eldest) {
        return size() > maxBuckets;
      }
    };
  }

  /** One lock for both buckets, so taking from the pair stays all-or-nothing. */
  synchronized RateLimitDecision tryAcquire(String tenantKey, String clientId, long nowMillis) {
    TokenBucket tenant = bucket("t:" + tenantKey, tenantSpec, nowMillis);
    TokenBucket client = bucket("c:" + tenantKey + ":" + clientId, clientSpec, nowMillis);
    long wait = Math.max(tenant.millisUntilToken(), client.millisUntilToken());
    if (wait == 0) {
      tenant.take();
      client.take();
    }
    return RateLimitDecision.fromWait(wait);
  }

  synchronized int size() {
    return buckets.size();
  }

  private TokenBucket bucket(String key, BucketSpec spec, long nowMillis) {
    TokenBucket bucket = buckets.computeIfAbsent(key, k -> new TokenBucket(spec, nowMillis));
    bucket.refill(nowMillis);
    return bucket;
  }
}
