package de.lotse.chat;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.support.HttpApi;
import de.lotse.support.HttpApi.Response;
import de.lotse.support.PlatformIntegrationTest;
import de.lotse.support.TestOffices;
import de.lotse.tenant.TenantProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

@PlatformIntegrationTest
@TestPropertySource(
    properties = {
      "lotse.rate-limit.client-capacity=3",
      "lotse.rate-limit.client-refill-per-minute=1"
    })
class ChatRateLimitIntegrationTests {

  @LocalServerPort
  int port;

  @Autowired
  TestOffices offices;

  @Test
  void answersTooManyRequestsWithRetryAfterOnceTheClientsBucketIsEmpty() {
    TenantProfile office = offices.createWithKnowledge("limit", "kb/office-a.json");
    HttpApi api = new HttpApi(port);
    String path = "/api/v1/public/tenants/" + office.slug() + "/messages";
    String body = HttpApi.json(Map.of("question", "Wie bekomme ich einen Termin?"));

    List<Integer> allowed = List.of(
        api.post(path, body).status(),
        api.post(path, body).status(),
        api.post(path, body).status());
    Response limited = api.post(path, body);

    assertThat(allowed).containsOnly(200);
    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.header("Content-Type")).startsWith("application/problem+json");
    assertThat(limited.json().get("type").asString()).isEqualTo("urn:lotse:problem:rate-limited");
    assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 60L);
    assertThat(api.get("/actuator/prometheus").body())
        .containsPattern("lotse_ratelimit_rejected_total\\{[^}]*tenant=\"" + office.slug() + "\"");
  }
}
