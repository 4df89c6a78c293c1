package de.lotse.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.redis.DisposableRedisServer;
import de.lotse.redis.RedisCircuitBreaker;
import de.lotse.redis.RedisKeys;
import de.lotse.redis.TestClock;
import de.lotse.redis.TestRedis;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import redis.clients.jedis.RedisClient;

@ExtendWith(OutputCaptureExtension.class)
class ChatRateLimiterIntegrationTests {

  private static final String ADDRESS = "198.51.100.23";
  private static final RateLimitProperties DEFAULTS = RateLimitProperties.defaults();

  private final String prefix = TestRedis.uniquePrefix();
  private final String tenant = "tenant-" + UUID.randomUUID();
  private final TestClock clock = new TestClock(Instant.parse("2026-03-02T10:00:00Z"));
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final Deque<AutoCloseable> toClose = new ArrayDeque<>();
  private final RedisClient redis = open(TestRedis.client());

  @AfterEach
  void cleanUp() throws Exception {
    TestRedis.deleteKeysStartingWith(redis, prefix);
    for (AutoCloseable closeable : toClose) {
      closeable.close();
    }
  }

  @Test
  void allowsTwentyRequestsThenRejectsWithRetryAfterOfTheNextToken() {
    ChatRateLimiter limiter = limiter(redis, DEFAULTS);
    for (int i = 0; i < 20; i++) {
      assertThat(limiter.tryAcquire(tenant, ADDRESS)).isEqualTo(RateLimitDecision.ALLOW);
    }

    // 20 per minute: the next token comes 3 s later.
    assertThat(limiter.tryAcquire(tenant, ADDRESS)).isEqualTo(new RateLimitDecision(false, 3));
    assertThat(registry
            .get("lotse.ratelimit.rejected")
            .tag("tenant", tenant)
            .counter()
            .count())
        .isEqualTo(1);
    assertThat(registry.find("lotse.ratelimit.fallback").counter()).isNull();
  }

  @Test
  void allowsAgainOnceTheBucketRefilled() {
    ChatRateLimiter limiter = limiter(redis, DEFAULTS);
    exhaust(limiter, ADDRESS);

    clock.advance(Duration.ofSeconds(3));

    assertThat(limiter.tryAcquire(tenant, ADDRESS).allowed()).isTrue();
    assertThat(limiter.tryAcquire(tenant, ADDRESS).allowed()).isFalse();
  }

  @Test
  void otherClientsAreNotAffectedByOneClientsLimit() {
    ChatRateLimiter limiter = limiter(redis, DEFAULTS);
    exhaust(limiter, ADDRESS);

    assertThat(limiter.tryAcquire(tenant, "198.51.100.24").allowed()).isTrue();
  }

  @Test
  void tenantBucketRejectsAcrossManyClients() {
    var tight = new RateLimitProperties(true, 20, 20, 50, 1, 1_000);
    ChatRateLimiter limiter = limiter(redis, tight);
    for (int client = 0; client < 50; client++) {
      assertThat(limiter.tryAcquire(tenant, "203.0.113." + client).allowed()).isTrue();
    }

    assertThat(limiter.tryAcquire(tenant, "203.0.113.200"))
        .isEqualTo(new RateLimitDecision(false, 1));
    assertThat(limiter.tryAcquire("another-" + tenant, "203.0.113.200").allowed())
        .isTrue();
  }

  @Test
  void twoInstancesShareTheBucketsThroughRedis() {
    ChatRateLimiter first = limiter(redis, DEFAULTS);
    ChatRateLimiter second = limiter(open(TestRedis.client()), DEFAULTS);
    for (int i = 0; i < 10; i++) {
      assertThat(first.tryAcquire(tenant, ADDRESS).allowed()).isTrue();
      assertThat(second.tryAcquire(tenant, ADDRESS).allowed()).isTrue();
    }

    assertThat(first.tryAcquire(tenant, ADDRESS).allowed()).isFalse();
    assertThat(second.tryAcquire(tenant, ADDRESS).allowed()).isFalse();
  }

  @Test
  void instancesShareOneSaltPerDayAndTheSaltExpiresAfterTwoDays() {
    var keys = new RedisKeys(prefix);
    var first = new DailySalts(redis, keys, new SecureRandom());
    var second = new DailySalts(open(TestRedis.client()), keys, new SecureRandom());
    LocalDate monday = LocalDate.of(2026, 3, 2);

    byte[] salt = first.shared(monday);

    assertThat(second.shared(monday)).isEqualTo(salt).hasSize(64);
    assertThat(second.shared(monday.plusDays(1))).isNotEqualTo(salt);
    assertThat(redis.ttl(prefix + "ratelimit:salt:2026-03-02"))
        .isGreaterThan(Duration.ofHours(47).toSeconds())
        .isLessThanOrEqualTo(Duration.ofHours(48).toSeconds());
  }

  @Test
  void clientsGetAFreshBucketAtMidnightInBavaria() {
    ChatRateLimiter limiter = limiter(redis, DEFAULTS);
    // 23:59:59 in Europe/Berlin (CET, UTC+1).
    clock.set(Instant.parse("2026-03-02T22:59:59Z"));
    exhaust(limiter, ADDRESS);

    clock.advance(Duration.ofSeconds(1));

    assertThat(limiter.tryAcquire(tenant, ADDRESS).allowed()).isTrue();
    assertThat(TestRedis.keysStartingWith(redis, prefix + "ratelimit:salt:"))
        .containsExactlyInAnyOrder(
            prefix + "ratelimit:salt:2026-03-02", prefix + "ratelimit:salt:2026-03-03");
  }

  @Test
  void neverWritesTheClientAddressToRedis() {
    ChatRateLimiter limiter = limiter(redis, DEFAULTS);
    String ipv6 = "2001:db8:4711:1::23";
    for (int i = 0; i < 25; i++) {
      limiter.tryAcquire(tenant, ADDRESS);
      limiter.tryAcquire(tenant, ipv6);
    }

    List<String> keys = TestRedis.keysStartingWith(redis, prefix);
    assertThat(keys).hasSizeGreaterThanOrEqualTo(4);
    for (String key : keys) {
      String stored = storedText(key);
      for (String trace : List.of(ADDRESS, ipv6, "2001:db8", "198.51")) {
        assertThat(key).doesNotContain(trace);
        assertThat(stored).doesNotContain(trace);
      }
    }
  }

  @Test
  void keepsDecidingLocallyWhileRedisIsDown() {
    ChatRateLimiter limiter = limiter(open(TestRedis.client(TestRedis.UNUSED_URL)), DEFAULTS);

    for (int i = 0; i < 20; i++) {
      assertThat(limiter.tryAcquire(tenant, ADDRESS).allowed()).isTrue();
    }
    assertThat(limiter.tryAcquire(tenant, ADDRESS)).isEqualTo(new RateLimitDecision(false, 3));

    assertThat(registry
            .get("lotse.ratelimit.fallback")
            .tag("tenant", tenant)
            .counter()
            .count())
        .isEqualTo(21);
    assertThat(registry
            .get("lotse.ratelimit.rejected")
            .tag("tenant", tenant)
            .counter()
            .count())
        .isEqualTo(1);
    assertThat(registry.get("lotse.redis.available").gauge().value()).isZero();
  }

  @Test
  void aHangingRedisCostsOneTimeoutPerRetryIntervalNotOnePerRequest() throws IOException {
    // Accepts connections (the kernel completes the handshake) but never answers a command.
    ServerSocket blackHole = open(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
    String url = "redis://127.0.0.1:" + blackHole.getLocalPort() + "/0";
    ChatRateLimiter limiter = limiter(open(TestRedis.client(url)), DEFAULTS);

    long firstStarted = System.nanoTime();
    assertThat(limiter.tryAcquire(tenant, ADDRESS).allowed()).isTrue();
    Duration first = Duration.ofNanos(System.nanoTime() - firstStarted);

    long restStarted = System.nanoTime();
    for (int i = 0; i < 15; i++) {
      limiter.tryAcquire(tenant, ADDRESS);
    }
    Duration rest = Duration.ofNanos(System.nanoTime() - restStarted);

    assertThat(first).isBetween(Duration.ofMillis(150), Duration.ofMillis(1_500));
    assertThat(rest).isLessThan(Duration.ofMillis(100));
  }

  @Test
  void returnsToRedisWhenItIsBack(CapturedOutput output) throws Exception {
    DisposableRedisServer server = open(DisposableRedisServer.startOnFreePort());
    RedisClient ownRedis = open(TestRedis.client(server.url()));
    ChatRateLimiter limiter = limiter(ownRedis, DEFAULTS);
    limiter.tryAcquire(tenant, ADDRESS);

    server.stop();
    for (int i = 0; i < 10; i++) {
      clock.advance(Duration.ofSeconds(1));
      assertThat(limiter.tryAcquire(tenant, ADDRESS).allowed()).isTrue();
    }
    server.start();
    clock.advance(Duration.ofSeconds(5));
    limiter.tryAcquire(tenant, ADDRESS);
    limiter.tryAcquire(tenant, ADDRESS);

    assertThat(registry.get("lotse.ratelimit.fallback").counter().count()).isEqualTo(10);
    assertThat(registry.get("lotse.redis.available").gauge().value()).isEqualTo(1.0);
    assertThat(TestRedis.keysStartingWith(ownRedis, prefix + tenant + ":ratelimit:client:"))
        .hasSize(1);
    assertThat(output.getOut().split("Redis is unavailable", -1)).hasSize(2);
    assertThat(output.getOut()).contains("Redis is reachable again");
  }

  @Test
  void theFirstProbeAfterARestartDoesNotStumbleOverStaleConnections() throws Exception {
    DisposableRedisServer server = open(DisposableRedisServer.startOnFreePort());
    RedisClient ownRedis = open(TestRedis.client(server.url()));
    ChatRateLimiter limiter = limiter(ownRedis, DEFAULTS);
    limiter.tryAcquire(tenant, ADDRESS);
    // As after busy hours: several idle connections, all broken by the restart below.
    ownRedis.getPool().addObjects(5);

    server.stop();
    server.start();
    limiter.tryAcquire(tenant, ADDRESS);
    clock.advance(Duration.ofSeconds(5));
    limiter.tryAcquire(tenant, ADDRESS);

    assertThat(registry.get("lotse.redis.available").gauge().value()).isEqualTo(1.0);
    assertThat(registry.get("lotse.ratelimit.fallback").counter().count()).isEqualTo(1);
  }

  private ChatRateLimiter limiter(RedisClient client, RateLimitProperties properties) {
    var breaker = new RedisCircuitBreaker(Duration.ofSeconds(5), clock);
    if (registry.find("lotse.redis.available").gauge() == null) {
      breaker.bindTo(registry);
    }
    return ResilientChatRateLimiter.create(
        client, new RedisKeys(prefix), properties, breaker, registry, clock);
  }

  private void exhaust(ChatRateLimiter limiter, String address) {
    for (int i = 0; i < 20; i++) {
      assertThat(limiter.tryAcquire(tenant, address).allowed()).isTrue();
    }
    assertThat(limiter.tryAcquire(tenant, address).allowed()).isFalse();
  }

  private String storedText(String key) {
    return switch (redis.type(key)) {
      case "hash" -> redis.hgetAll(key).toString();
      case "string" -> redis.get(key);
      default -> throw new AssertionError("unexpected Redis type at " + key);
    };
  }

  private <T extends AutoCloseable> T open(T closeable) {
    toClose.push(closeable);
    return closeable;
  }
}
