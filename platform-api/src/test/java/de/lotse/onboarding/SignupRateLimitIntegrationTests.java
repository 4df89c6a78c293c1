package de.lotse.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.ratelimit.SignupRateLimiter;
import de.lotse.support.HttpApi;
import de.lotse.support.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** The public sign-up's abuse limits, per client and for all clients together, in Redis. */
@PlatformIntegrationTest
@TestPropertySource(
    properties = {
      "lotse.rate-limit.signup.client-capacity=2",
      "lotse.rate-limit.signup.client-refill-per-hour=1",
      "lotse.rate-limit.signup.global-capacity=5",
      "lotse.rate-limit.signup.global-refill-per-day=1"
    })
class SignupRateLimitIntegrationTests {

  @LocalServerPort
  int port;

  @Autowired
  SignupRateLimiter limiter;

  @Test
  void oneClientAndThenAllClientsTogetherRunOutOfSignUps() {
    HttpApi api = new HttpApi(port);
    // Invalid on purpose: the limit comes first, so floods of junk cost tokens too.
    String junk = "{\"slug\": \"x\"}";

    assertThat(api.post("/api/v1/public/signups", junk).status()).isEqualTo(400);
    assertThat(api.post("/api/v1/public/signups", junk).status()).isEqualTo(400);
    HttpApi.Response limited = api.post("/api/v1/public/signups", junk);

    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.json().get("type").asString()).isEqualTo("urn:lotse:problem:rate-limited");
    // One token per hour: the next one is close to an hour away.
    assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(3_000L, 3_600L);

    // Three tokens of the shared five are left, whichever clients ask.
    assertThat(limiter.tryAcquire("192.0.2.1").allowed()).isTrue();
    assertThat(limiter.tryAcquire("192.0.2.2").allowed()).isTrue();
    assertThat(limiter.tryAcquire("192.0.2.3").allowed()).isTrue();
    assertThat(limiter.tryAcquire("192.0.2.4").allowed())
        .as("all clients together")
        .isFalse();
    assertThat(limiter.tryAcquire("192.0.2.4").retryAfterSeconds()).isGreaterThan(3_600L);
  }
}
