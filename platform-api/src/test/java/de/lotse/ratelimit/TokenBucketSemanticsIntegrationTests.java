package de.lotse.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.redis.RedisKeys;
import de.lotse.redis.TestRedis;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import redis.clients.jedis.RedisClient;

/**
 * The same cases against the Redis script and the in-memory fallback, so both limit alike.
 * Tenant: 10 tokens, 10 per second. Client: 5 tokens, 5 per minute (one every 12 s).
 */
class TokenBucketSemanticsIntegrationTests {

  private static final BucketSpec TENANT = new BucketSpec(10, 10, 1_000);
  private static final BucketSpec CLIENT = new BucketSpec(5, 5, 60_000);
  private static final long T0 = Instant.parse("2026-03-02T10:00:00Z").toEpochMilli();

  private static final String PREFIX = TestRedis.uniquePrefix();
  private static RedisClient redis;

  interface Buckets {
    RateLimitDecision tryAcquire(String tenant, String client, long nowMillis);
  }

  @BeforeAll
  static void connect() {
    redis = TestRedis.client();
  }

  @AfterAll
  static void cleanUp() {
    TestRedis.deleteKeysStartingWith(redis, PREFIX);
    redis.close();
  }

  static Stream<Named<Buckets>> implementations() {
    var inRedis = new RedisTokenBuckets(redis, new RedisKeys(PREFIX), TENANT, CLIENT);
    var inMemory = new LocalTokenBuckets(TENANT, CLIENT, 1_000);
    return Stream.of(
        Named.of("redis", inRedis::tryAcquire), Named.of("in memory", inMemory::tryAcquire));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("implementations")
  void allowsTheClientsCapacityThenRejectsUntilTheNextToken(Buckets buckets) {
    String tenant = newTenant();
    for (int i = 0; i < 5; i++) {
      assertThat(buckets.tryAcquire(tenant, "client-a", T0).allowed()).isTrue();
    }

    assertThat(buckets.tryAcquire(tenant, "client-a", T0)).isEqualTo(rejectedFor(12));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("implementations")
  void refillsOneTokenPerRefillInterval(Buckets buckets) {
    String tenant = newTenant();
    exhaustClient(buckets, tenant, "client-a", T0);

    assertThat(buckets.tryAcquire(tenant, "client-a", T0 + 11_001)).isEqualTo(rejectedFor(1));
    assertThat(buckets.tryAcquire(tenant, "client-a", T0 + 12_000).allowed()).isTrue();
    assertThat(buckets.tryAcquire(tenant, "client-a", T0 + 12_000)).isEqualTo(rejectedFor(12));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("implementations")
  void neverHoldsMoreThanItsCapacity(Buckets buckets) {
    String tenant = newTenant();
    exhaustClient(buckets, tenant, "client-a", T0);

    long anHourLater = T0 + Duration.ofHours(1).toMillis();
    exhaustClient(buckets, tenant, "client-a", anHourLater);
    assertThat(buckets.tryAcquire(tenant, "client-a", anHourLater).allowed()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("implementations")
  void tenantBucketRejectsEvenClientsThatHaveTokensLeft(Buckets buckets) {
    String tenant = newTenant();
    for (int client = 0; client < 10; client++) {
      assertThat(buckets.tryAcquire(tenant, "client-" + client, T0).allowed()).isTrue();
    }

    assertThat(buckets.tryAcquire(tenant, "client-10", T0)).isEqualTo(rejectedFor(1));
    assertThat(buckets.tryAcquire(tenant, "client-10", T0 + 100).allowed()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("implementations")
  void aRejectedRequestSpendsNoTokenOfTheOtherBucket(Buckets buckets) {
    String tenant = newTenant();
    exhaustClient(buckets, tenant, "greedy", T0);
    for (int i = 0; i < 20; i++) {
      assertThat(buckets.tryAcquire(tenant, "greedy", T0).allowed()).isFalse();
    }

    // The tenant spent 5 of 10 tokens on the greedy client's allowed requests only.
    for (int client = 0; client < 5; client++) {
      assertThat(buckets.tryAcquire(tenant, "polite-" + client, T0).allowed()).isTrue();
    }
    assertThat(buckets.tryAcquire(tenant, "polite-5", T0).allowed()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("implementations")
  void aLaggingClockMintsNoTokens(Buckets buckets) {
    String tenant = newTenant();
    exhaustClient(buckets, tenant, "client-a", T0);

    assertThat(buckets.tryAcquire(tenant, "client-a", T0 - 60_000).allowed()).isFalse();
    assertThat(buckets.tryAcquire(tenant, "client-a", T0 + 11_999).allowed()).isFalse();
    assertThat(buckets.tryAcquire(tenant, "client-a", T0 + 12_000).allowed()).isTrue();
  }

  @Test
  void bucketsInRedisExpireOnceTheyWouldBeFullAgain() {
    var buckets = new RedisTokenBuckets(redis, new RedisKeys(PREFIX), TENANT, CLIENT);
    String tenant = newTenant();
    exhaustClient(buckets::tryAcquire, tenant, "client-a", T0);

    // 5 tokens at one per 12 s: full after 60 s, plus the script's one second of slack.
    long clientTtl = redis.pttl(PREFIX + tenant + ":ratelimit:client:client-a");
    assertThat(clientTtl).isBetween(55_000L, 61_000L);
    long tenantTtl = redis.pttl(PREFIX + tenant + ":ratelimit:tenant");
    assertThat(tenantTtl).isBetween(1_000L, 1_500L);
  }

  private static void exhaustClient(Buckets buckets, String tenant, String client, long now) {
    for (int i = 0; i < 5; i++) {
      assertThat(buckets.tryAcquire(tenant, client, now).allowed()).isTrue();
    }
  }

  private static String newTenant() {
    return "tenant-" + UUID.randomUUID();
  }

  private static RateLimitDecision rejectedFor(long seconds) {
    return new RateLimitDecision(false, seconds);
  }
}
