package de.lotse.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.LotseApplication;
import de.lotse.support.HttpApi;
import de.lotse.support.TestOffices;
import de.lotse.tenant.TenantProfile;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Two platform instances on different ports, sharing PostgreSQL and Redis: content published
 * through one is answered by the other within a second.
 */
class TwoInstanceIndexSyncIntegrationTests {

  static ConfigurableApplicationContext first;
  static ConfigurableApplicationContext second;

  @BeforeAll
  static void startTwoInstances() {
    String sharedPrefix = "lotse-test-sync-" + UUID.randomUUID() + ":";
    first = start(sharedPrefix);
    second = start(sharedPrefix);
  }

  @AfterAll
  static void stop() {
    if (first != null) {
      first.close();
    }
    if (second != null) {
      second.close();
    }
  }

  @Test
  void contentPublishedOnOneInstanceIsAnsweredByTheOtherWithinASecond() throws Exception {
    TestOffices offices = new TestOffices(
        first.getBean(de.lotse.tenant.TenantService.class), first.getBean(KnowledgeService.class));
    TenantProfile office = offices.createWithKnowledge("sync", "kb/office-a.json");
    HttpApi secondApi = new HttpApi(port(second));
    String question = "How do I get an appointment?";
    awaitAnswer(secondApi, office, question, "appointment portal", Duration.ofSeconds(10));

    String changed;
    try (InputStream in = TestOffices.resource("kb/office-a.json")) {
      changed = new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("through our appointment portal", "by calling our hotline on weekdays");
    }
    long start = System.nanoTime();
    first
        .getBean(KnowledgeService.class)
        .importFile(
            office.id(),
            new ByteArrayInputStream(changed.getBytes(StandardCharsets.UTF_8)),
            "test",
            true);
    awaitAnswer(secondApi, office, question, "calling our hotline", Duration.ofSeconds(1));
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(millis).isLessThanOrEqualTo(1_000);
  }

  private static void awaitAnswer(
      HttpApi api, TenantProfile office, String question, String expected, Duration within)
      throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    String last = null;
    while (System.nanoTime() < deadline) {
      HttpApi.Response response = api.post(
          "/api/v1/public/tenants/" + office.slug() + "/messages",
          HttpApi.json(Map.of("question", question, "language", "en")));
      if (response.status() == 200) {
        JsonNode answer = response.json().get("answer");
        last = answer == null || answer.isNull() ? response.body() : answer.asString();
        if (last.contains(expected)) {
          return;
        }
      } else {
        last = response.toString();
      }
      Thread.sleep(20);
    }
    throw new AssertionError(
        "no answer containing \"" + expected + "\" within " + within + "; last reply: " + last);
  }

  private static ConfigurableApplicationContext start(String redisPrefix) {
    return new SpringApplicationBuilder(LotseApplication.class)
        .profiles("test")
        .run("--server.port=0", "--lotse.redis.key-prefix=" + redisPrefix);
  }

  private static int port(ConfigurableApplicationContext context) {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }
}
