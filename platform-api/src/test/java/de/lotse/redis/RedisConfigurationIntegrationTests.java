package de.lotse.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import redis.clients.jedis.RedisClient;

class RedisConfigurationIntegrationTests {

  private final ApplicationContextRunner contextRunner =
      new ApplicationContextRunner().withUserConfiguration(RedisConfiguration.class);

  @Test
  void defaultsToTheLocalServerWithShortTimeouts() {
    contextRunner.run(context -> {
      assertThat(context.getBean(RedisProperties.class))
          .isEqualTo(RedisProperties.of("redis://127.0.0.1:6379/0", "lotse:"));
      assertThat(context.getBean(RedisKeys.class).prefix()).isEqualTo("lotse:");
      assertThat(context.getBean(RedisCircuitBreaker.class).isAvailable()).isTrue();
    });
  }

  @Test
  void bindsEveryProperty() {
    contextRunner
        .withPropertyValues(
            "lotse.redis.url=redis://127.0.0.1:6379/1",
            "lotse.redis.key-prefix=staging:",
            "lotse.redis.connect-timeout=50ms",
            "lotse.redis.socket-timeout=75ms",
            "lotse.redis.pool-size=4",
            "lotse.redis.pool-max-wait=10ms",
            "lotse.redis.retry-interval=2s")
        .run(context -> assertThat(context.getBean(RedisProperties.class))
            .isEqualTo(new RedisProperties(
                "redis://127.0.0.1:6379/1",
                "staging:",
                Duration.ofMillis(50),
                Duration.ofMillis(75),
                4,
                Duration.ofMillis(10),
                Duration.ofSeconds(2))));
  }

  @Test
  void talksToRedisAndClosesTheClientWithTheContext() {
    RedisClient[] client = new RedisClient[1];
    contextRunner.run(context -> {
      client[0] = context.getBean(RedisClient.class);
      assertThat(client[0].ping()).isEqualTo("PONG");
    });

    assertThatThrownBy(() -> client[0].ping()).isInstanceOf(RuntimeException.class);
  }

  @Test
  void usesTheDatabaseFromTheUrl() {
    contextRunner.withPropertyValues("lotse.redis.url=redis://127.0.0.1:6379/3").run(context -> {
      RedisClient redis = context.getBean(RedisClient.class);
      String key = TestRedis.uniquePrefix() + "database-probe";
      redis.set(key, "x");
      try (RedisClient database3 = TestRedis.client("redis://127.0.0.1:6379/3");
          RedisClient database0 = TestRedis.client()) {
        assertThat(database3.get(key)).isEqualTo("x");
        assertThat(database0.get(key)).isNull();
      } finally {
        redis.del(key);
      }
    });
  }
}
