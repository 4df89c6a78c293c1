package de.lotse.stats;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.support.HttpApi;
import de.lotse.support.PlatformIntegrationTest;
import de.lotse.support.TestOffices;
import de.lotse.tenant.TenantProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** infra/grafana/lotse-chat.json queries what the platform really exports, per office. */
@PlatformIntegrationTest
class GrafanaDashboardIntegrationTests {

  private static final Path DASHBOARD = Path.of("..", "infra", "grafana", "lotse-chat.json");
  private static final Pattern METRIC = Pattern.compile("\\blotse_[a-z_]+");
  private static final Pattern OFFICE_SELECTOR = Pattern.compile(
      "\\b(lotse_(?:chat_questions|chat_feedback|chat_answer_latency|ratelimit)[a-z_]*)"
          + "(\\{[^}]*})?");
  /** Exported only while something is wrong, so a healthy test run cannot see it. */
  private static final Set<String> ONLY_ON_FAILURE = Set.of("lotse_ratelimit_fallback_total");

  @LocalServerPort
  int port;

  @Autowired
  TestOffices offices;

  @Test
  void everyMetricOfTheDashboardIsExportedAndOfficePanelsFilterByTheOfficeVariable()
      throws IOException {
    JsonNode dashboard = JsonMapper.builder().build().readTree(Files.readString(DASHBOARD));
    List<String> expressions = dashboard.findValuesAsString("expr");
    TenantProfile office = offices.createWithKnowledge("grafana", "kb/office-a.json");
    HttpApi api = new HttpApi(port);
    String messages = "/api/v1/public/tenants/" + office.slug() + "/messages";
    JsonNode reply = api.post(
            messages,
            HttpApi.json(Map.of("question", "Wie verlängere ich meine Aufenthaltserlaubnis?")))
        .json();
    api.post(
        messages + "/" + reply.get("messageId").asString() + "/feedback", "{\"helpful\": true}");
    for (int i = 0; i < 25; i++) { // beyond a client's burst: some are rate-limited
      api.post(messages, HttpApi.json(Map.of("question", "Termin")));
    }

    String exported = api.get("/actuator/prometheus").body();

    Set<String> used = new TreeSet<>();
    expressions.forEach(e -> METRIC.matcher(e).results().forEach(m -> used.add(m.group())));
    assertThat(used)
        .contains(
            "lotse_chat_questions_total",
            "lotse_chat_feedback_total",
            "lotse_chat_answer_latency_seconds_bucket",
            "lotse_ratelimit_rejected_total");
    List<String> missing = new ArrayList<>();
    for (String metric : used) {
      if (!ONLY_ON_FAILURE.contains(metric)
          && !Pattern.compile("(?m)^" + metric + "[{ ]").matcher(exported).find()) {
        missing.add(metric);
      }
    }
    assertThat(missing)
        .as("metrics the dashboard queries but the platform does not export")
        .isEmpty();
    for (String expression : expressions) {
      Matcher selector = OFFICE_SELECTOR.matcher(expression);
      while (selector.find()) {
        assertThat(selector.group(2)).as(expression).isNotNull().contains("tenant=~\"$tenant\"");
      }
    }
    assertThat(dashboard.get("templating").get("list").findValuesAsString("name"))
        .contains("tenant");
  }
}
