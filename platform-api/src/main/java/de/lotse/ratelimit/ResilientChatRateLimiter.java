package de.lotse.ratelimit;

import de.lotse.redis.RedisCircuitBreaker;
import de.lotse.redis.RedisClientFactory;
import de.lotse.redis.RedisKeys;
import io.micrometer.core.instrument.MeterRegistry;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneId;
import redis.clients.jedis.RedisClient;

/**
 * Limits in Redis while it answers and in memory while it does not, behind a circuit breaker so an
 * outage costs one connect timeout per retry interval rather than one per request.
 *
 * <p>Salts change at midnight Europe/Berlin: every tenant is a Bavarian office, so the change
 * (which hands every client a fresh bucket) falls into the quietest hour of their citizens' day.
 */
final class ResilientChatRateLimiter implements ChatRateLimiter {

  static final ZoneId SALT_DAY_ZONE = ZoneId.of("Europe/Berlin");

  private final RedisClient redis;
  private final RedisTokenBuckets redisBuckets;
  private final LocalTokenBuckets localBuckets;
  private final DailySalts salts;
  private final RedisCircuitBreaker breaker;
  private final RateLimitMetrics metrics;
  private final InstantSource clock;

  ResilientChatRateLimiter(
      RedisClient redis,
      RedisTokenBuckets redisBuckets,
      LocalTokenBuckets localBuckets,
      DailySalts salts,
      RedisCircuitBreaker breaker,
      RateLimitMetrics metrics,
      InstantSource clock) {
    this.redis = redis;
    this.redisBuckets = redisBuckets;
    this.localBuckets = localBuckets;
    this.salts = salts;
    this.breaker = breaker;
    this.metrics = metrics;
    this.clock = clock;
  }

  static ResilientChatRateLimiter create(
      RedisClient redis,
      RedisKeys keys,
      RateLimitProperties properties,
      RedisCircuitBreaker breaker,
      MeterRegistry registry,
      InstantSource clock) {
    return create(
        redis,
        keys,
        properties.tenantBucket(),
        properties.clientBucket(),
        properties.fallbackMaxBuckets(),
        breaker,
        registry,
        clock);
  }

  /** Buckets of other sizes, e.g. for sign-ups (a "tenant" is then the group of requests). */
  static ResilientChatRateLimiter create(
      RedisClient redis,
      RedisKeys keys,
      BucketSpec tenant,
      BucketSpec client,
      int fallbackMaxBuckets,
      RedisCircuitBreaker breaker,
      MeterRegistry registry,
      InstantSource clock) {
    return new ResilientChatRateLimiter(
        redis,
        new RedisTokenBuckets(redis, keys, tenant, client),
        new LocalTokenBuckets(tenant, client, fallbackMaxBuckets),
        new DailySalts(redis, keys, new SecureRandom()),
        breaker,
        new RateLimitMetrics(registry),
        clock);
  }

  @Override
  public RateLimitDecision tryAcquire(String tenantKey, String clientAddress) {
    if (tenantKey == null || tenantKey.isBlank()) {
      throw new IllegalArgumentException("rate limiting needs a resolved tenant");
    }
    long now = clock.millis();
    LocalDate day = LocalDate.ofInstant(Instant.ofEpochMilli(now), SALT_DAY_ZONE);
    RateLimitDecision decision = decideInRedis(tenantKey, clientAddress, day, now);
    if (decision == null) {
      metrics.decidedLocally(tenantKey);
      String client = ClientPseudonyms.of(salts.forFallback(day), clientAddress);
      decision = localBuckets.tryAcquire(tenantKey, client, now);
    }
    if (!decision.allowed()) {
      metrics.rejected(tenantKey);
    }
    return decision;
  }

  /** Null when Redis could not decide. */
  private RateLimitDecision decideInRedis(
      String tenantKey, String clientAddress, LocalDate day, long now) {
    boolean probe = !breaker.isAvailable();
    if (!breaker.allowsCall()) {
      return null;
    }
    try {
      if (probe) {
        RedisClientFactory.dropIdleConnections(redis);
      }
      String client = ClientPseudonyms.of(salts.shared(day), clientAddress);
      RateLimitDecision decision = redisBuckets.tryAcquire(tenantKey, client, now);
      breaker.recordSuccess();
      return decision;
    } catch (RuntimeException e) {
      // Broader than JedisException on purpose: whatever goes wrong here, the chat must answer.
      breaker.recordFailure(e);
      return null;
    }
  }
}
