package de.lotse.chat;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.support.HttpApi;
import de.lotse.support.PlatformIntegrationTest;
import de.lotse.support.TestOffices;
import de.lotse.tenant.TenantProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** Redis unreachable (nothing listens on port 1): the chat keeps answering and limiting. */
@PlatformIntegrationTest
@TestPropertySource(
    properties = {
      "lotse.redis.url=redis://127.0.0.1:1/0",
      "lotse.rate-limit.client-capacity=2",
      "lotse.rate-limit.client-refill-per-minute=1"
    })
class ChatWithoutRedisIntegrationTests {

  @LocalServerPort
  int port;

  @Autowired
  TestOffices offices;

  @Test
  void keepsAnsweringAndLimitsLocallyWhileRedisIsDown() {
    TenantProfile office = offices.createWithKnowledge("no-redis", "kb/office-a.json");
    HttpApi api = new HttpApi(port);
    String path = "/api/v1/public/tenants/" + office.slug() + "/messages";
    String body =
        HttpApi.json(Map.of("question", "Wie verlängere ich meine Aufenthaltserlaubnis?"));

    HttpApi.Response first = api.post(path, body);
    HttpApi.Response second = api.post(path, body);
    HttpApi.Response third = api.post(path, body);
    String metrics = api.get("/actuator/prometheus").body();

    assertThat(first.status()).isEqualTo(200);
    assertThat(first.json().get("entryKey").asString()).isEqualTo("extend-permit");
    assertThat(second.status()).isEqualTo(200);
    assertThat(third.status()).isEqualTo(429);
    assertThat(metrics)
        .containsPattern(
            "lotse_ratelimit_fallback_total\\{[^}]*tenant=\"" + office.slug() + "\"[^}]*} [1-9]");
    assertThat(metrics).containsPattern("lotse_redis_available(\\{[^}]*})? 0");
  }
}
