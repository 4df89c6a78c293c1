package de.lotse.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

class RedisScriptIntegrationTests {

  private static DisposableRedisServer server;
  private static RedisClient redis;

  private final RedisScript echo = RedisScript.fromResource(getClass(), "echo-first-argument.lua");

  @BeforeAll
  static void startOwnServer() throws Exception {
    // Its own server, because this test flushes the script cache that other runs rely on.
    server = DisposableRedisServer.startOnFreePort();
    redis = TestRedis.client(server.url());
  }

  @AfterAll
  static void stopOwnServer() throws Exception {
    redis.close();
    server.close();
  }

  @Test
  void runsAScriptTheServerHasNotSeenYet() {
    redis.scriptFlush();

    assertThat(echo.run(redis, List.of(), List.of("hello"))).isEqualTo("hello");
    assertThat(redis.scriptExists(List.of(echo.sha1()))).containsExactly(true);
  }

  @Test
  void runsAgainAfterTheServerForgotTheScript() {
    echo.run(redis, List.of(), List.of("first"));
    redis.scriptFlush();

    assertThat(echo.run(redis, List.of(), List.of("second"))).isEqualTo("second");
  }
}
