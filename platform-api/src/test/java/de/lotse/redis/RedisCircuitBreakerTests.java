package de.lotse.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import redis.clients.jedis.exceptions.JedisConnectionException;

@ExtendWith(OutputCaptureExtension.class)
class RedisCircuitBreakerTests {

  private final TestClock clock = new TestClock(Instant.parse("2026-03-02T10:00:00Z"));
  private final RedisCircuitBreaker breaker = new RedisCircuitBreaker(Duration.ofSeconds(5), clock);

  @Test
  void letsCallsThroughWhileRedisAnswers() {
    assertThat(breaker.allowsCall()).isTrue();
    breaker.recordSuccess();
    assertThat(breaker.allowsCall()).isTrue();
    assertThat(breaker.isAvailable()).isTrue();
  }

  @Test
  void afterAFailureSendsCallersToTheFallbackUntilTheRetryInterval() {
    breaker.recordFailure(new JedisConnectionException("refused"));

    assertThat(breaker.allowsCall()).isFalse();
    clock.advance(Duration.ofMillis(4999));
    assertThat(breaker.allowsCall()).isFalse();
  }

  @Test
  void letsExactlyOneProbeThroughPerRetryInterval() {
    breaker.recordFailure(new JedisConnectionException("refused"));
    clock.advance(Duration.ofSeconds(5));

    assertThat(breaker.allowsCall()).isTrue();
    assertThat(breaker.allowsCall()).isFalse();
    clock.advance(Duration.ofSeconds(5));
    assertThat(breaker.allowsCall()).isTrue();
  }

  @Test
  void closesWhenAProbeSucceeds() {
    breaker.recordFailure(new JedisConnectionException("refused"));
    clock.advance(Duration.ofSeconds(5));
    assertThat(breaker.allowsCall()).isTrue();

    breaker.recordSuccess();

    assertThat(breaker.isAvailable()).isTrue();
    assertThat(breaker.allowsCall()).isTrue();
  }

  @Test
  void warnsOncePerOutageAndInformsWhenRedisIsBack(CapturedOutput output) {
    for (int i = 0; i < 5; i++) {
      clock.advance(Duration.ofSeconds(5));
      breaker.allowsCall();
      breaker.recordFailure(new JedisConnectionException("refused"));
    }
    breaker.recordSuccess();

    assertThat(output.getOut().split("Redis is unavailable", -1)).hasSize(2);
    assertThat(output.getOut()).contains("Redis is reachable again after 20 s");
  }

  @Test
  void reportsAvailabilityAsGauge() {
    var registry = new SimpleMeterRegistry();
    breaker.bindTo(registry);

    breaker.recordFailure(new JedisConnectionException("refused"));
    assertThat(registry.get("lotse.redis.available").gauge().value()).isZero();

    breaker.recordSuccess();
    assertThat(registry.get("lotse.redis.available").gauge().value()).isEqualTo(1.0);
  }
}
