package de.lotse.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.redis.RedisCircuitBreaker;
import de.lotse.redis.RedisKeys;
import de.lotse.redis.TestRedis;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.InstantSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import redis.clients.jedis.RedisClient;

class RateLimitConfigurationIntegrationTests {

  private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
      .withBean(RedisClient.class, () -> TestRedis.client(TestRedis.UNUSED_URL))
      .withBean(RedisKeys.class, () -> new RedisKeys(TestRedis.uniquePrefix()))
      .withBean(
          RedisCircuitBreaker.class,
          () -> new RedisCircuitBreaker(Duration.ofSeconds(5), InstantSource.system()))
      .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
      .withUserConfiguration(RateLimitConfiguration.class);

  @Test
  void defaultsToTwentyPerClientAndMinuteAndThreeThousandPerTenant() {
    contextRunner.run(context -> assertThat(context.getBean(RateLimitProperties.class))
        .isEqualTo(RateLimitProperties.defaults()));
  }

  @Test
  void bindsEveryProperty() {
    contextRunner
        .withPropertyValues(
            "lotse.rate-limit.client-capacity=5",
            "lotse.rate-limit.client-refill-per-minute=6",
            "lotse.rate-limit.tenant-capacity=700",
            "lotse.rate-limit.tenant-refill-per-second=80",
            "lotse.rate-limit.fallback-max-buckets=900")
        .run(context -> assertThat(context.getBean(RateLimitProperties.class))
            .isEqualTo(new RateLimitProperties(true, 5, 6, 700, 80, 900)));
  }

  @Test
  void letsEverythingThroughWhenDisabled() {
    contextRunner.withPropertyValues("lotse.rate-limit.enabled=false").run(context -> {
      ChatRateLimiter limiter = context.getBean(ChatRateLimiter.class);
      for (int i = 0; i < 100; i++) {
        assertThat(limiter.tryAcquire("rosenheim", "198.51.100.23").allowed()).isTrue();
      }
      assertThat(context.getBean(MeterRegistry.class).getMeters()).isEmpty();
    });
  }

  @Test
  void refusesToStartWithAnEmptyBucket() {
    contextRunner
        .withPropertyValues("lotse.rate-limit.client-capacity=0")
        .run(context -> assertThat(context).hasFailed());
  }
}
