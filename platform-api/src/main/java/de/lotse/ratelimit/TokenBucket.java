package de.lotse.ratelimit;

/**
 * The instance-local twin of a bucket in {@code token-buckets.lua}; the arithmetic must stay the
 * same so the fallback limits like Redis does.
 */
final class TokenBucket {

  private final BucketSpec spec;
  private double tokens;
  private long updatedAtMillis;

  TokenBucket(BucketSpec spec, long nowMillis) {
    this.spec = spec;
    this.tokens = spec.capacity();
    this.updatedAtMillis = nowMillis;
  }

  void refill(long nowMillis) {
    long elapsed = Math.max(0, nowMillis - updatedAtMillis);
    tokens = Math.min(spec.capacity(), tokens + elapsed * spec.tokensPerMilli());
    updatedAtMillis = Math.max(updatedAtMillis, nowMillis);
  }

  long millisUntilToken() {
    return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / spec.tokensPerMilli());
  }

  void take() {
    tokens -= 1;
  }
}
