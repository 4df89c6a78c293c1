package de.lotse.shared;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.support.HttpApi;
import de.lotse.support.PlatformIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformIntegrationTest
class PlatformWebIntegrationTests {

  @LocalServerPort int port;
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
    assertThat(docs.json().get("paths").propertyNames()).contains(
        "/api/v1/public/tenants/{slug}/config", "/api/v1/public/tenants/{slug}/messages",
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

    assertThat(docs.json().get("paths").propertyNames()).contains(
        "/api/v1/admin/tenants/{slug}/entries", "/api/v1/admin/tenants/{slug}/settings",
        "/api/v1/admin/tenants/{slug}/test-question");
    assertThat(docs.json().at("/paths/~1api~1v1~1admin~1tenants/get/parameters").isMissingNode()
        || docs.json().at("/paths/~1api~1v1~1admin~1tenants/get/parameters").isEmpty()).isTrue();
  }

  @Test
  void staleAuthorizationHeaderDoesNotStopACitizensQuestion() {
    HttpApi.Response config = api.get("/api/v1/public/tenants/no-such-office/config",
        "Authorization", "Bearer not-a-token");

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
