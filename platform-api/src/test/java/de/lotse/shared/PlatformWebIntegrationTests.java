package de.lotse.shared;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.support.HttpApi;
import de.lotse.support.PlatformIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@PlatformIntegrationTest
class PlatformWebIntegrationTests {

  @LocalServerPort
  int port;

  HttpApi api;

  @BeforeEach
  void client() {
    api = new HttpApi(port);
  }

  @Test
  void openApiDescribesThePublicChatApi() {
    HttpApi.Response docs = api.get("/v3/api-docs");

    assertThat(docs.status()).isEqualTo(200);
    assertThat(docs.json().get("info").get("title").asString()).isEqualTo("Lotse platform API");
    assertThat(docs.json().get("paths").propertyNames())
        .contains(
            "/api/v1/public/tenants/{slug}/config",
            "/api/v1/public/tenants/{slug}/messages",
            "/api/v1/public/tenants/{slug}/messages/{messageId}/feedback");
  }

  @Test
  void adminApiWithoutATokenIsUnauthorizedAsProblemDetails() {
    HttpApi.Response admin = api.get("/api/v1/admin/tenants");

    assertThat(admin.status()).isEqualTo(401);
    assertThat(admin.header("Content-Type")).startsWith("application/problem+json");
    assertThat(admin.json().get("type").asString()).isEqualTo("urn:lotse:problem:unauthorized");
    assertThat(admin.header("WWW-Authenticate")).startsWith("Bearer");
  }

  @Test
  void openApiDescribesTheAdminApiWithoutTheCallerAsAParameter() {
    HttpApi.Response docs = api.get("/v3/api-docs");

    assertThat(docs.json().get("paths").propertyNames())
        .contains(
            "/api/v1/admin/tenants/{slug}/entries",
            "/api/v1/admin/tenants/{slug}/settings",
            "/api/v1/admin/tenants/{slug}/test-question");
    assertThat(docs.json().at("/paths/~1api~1v1~1admin~1tenants/get/parameters").isMissingNode()
            || docs.json().at("/paths/~1api~1v1~1admin~1tenants/get/parameters").isEmpty())
        .isTrue();
  }

  @Test
  void openApiDeclaresTheBearerTokenForEveryAdminOperationAndNoPublicOne() {
    JsonNode docs = api.get("/v3/api-docs").json();
    JsonNode scheme = docs.at("/components/securitySchemes/keycloak-token");
    List<String> adminWithoutToken = new ArrayList<>();
    List<String> publicWithToken = new ArrayList<>();
    int adminOperations = 0;

    for (var path : docs.get("paths").properties()) {
      for (var operation : path.getValue().properties()) {
        String name = operation.getKey() + " " + path.getKey();
        boolean needsToken =
            operation.getValue().path("security").toString().contains("\"keycloak-token\"");
        if (path.getKey().startsWith("/api/v1/admin/")) {
          adminOperations++;
          if (!needsToken) {
            adminWithoutToken.add(name);
          }
        } else if (needsToken || operation.getValue().has("security")) {
          publicWithToken.add(name);
        }
      }
    }

    assertThat(scheme.get("type").asString()).isEqualTo("http");
    assertThat(scheme.get("scheme").asString()).isEqualTo("bearer");
    assertThat(scheme.get("bearerFormat").asString()).isEqualTo("JWT");
    assertThat(adminOperations).isGreaterThan(20);
    assertThat(adminWithoutToken).isEmpty();
    assertThat(publicWithToken).isEmpty();
    assertThat(docs.get("security"))
        .as("no global requirement: the chat needs no token")
        .isNull();
  }

  @Test
  void staleAuthorizationHeaderDoesNotStopACitizensQuestion() {
    HttpApi.Response config = api.get(
        "/api/v1/public/tenants/no-such-office/config", "Authorization", "Bearer not-a-token");

    assertThat(config.status()).isEqualTo(404); // reached the public API, not the token check
  }

  @Test
  void unknownPathIsNotFoundAsProblemDetails() {
    HttpApi.Response missing = api.get("/no/such/page");

    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
    assertThat(missing.json().get("type").asString()).isEqualTo("urn:lotse:problem:not-found");
  }
}
