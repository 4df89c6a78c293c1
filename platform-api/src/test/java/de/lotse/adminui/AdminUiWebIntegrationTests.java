package de.lotse.adminui;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.support.HttpApi;
import de.lotse.support.PlatformIntegrationTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Needs the tenant-admin-ui module's jar on the classpath, as the reactor build puts it there. */
@PlatformIntegrationTest
class AdminUiWebIntegrationTests {

  @LocalServerPort
  int port;

  HttpApi api;

  @BeforeEach
  void client() {
    api = new HttpApi(port);
  }

  @Test
  void servesTheAppsStartPageRevalidatedOnEveryVisit() {
    HttpApi.Response page = api.get("/admin/");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("Content-Type")).startsWith("text/html");
    assertThat(page.header("Cache-Control")).isEqualTo("no-cache");
    assertThat(page.body()).contains("<div id=\"root\"></div>").contains("/admin/assets/");
  }

  @Test
  void answersTheAppsOwnAddressesWithTheStartPageSoThatBookmarksAndReloadsWork() {
    for (String path : new String[] {
      "/admin/o/rosenheim/knowledge",
      "/admin/o/rosenheim/knowledge/eat-lost/history",
      "/admin/auth/callback",
      "/admin/signed-out"
    }) {
      HttpApi.Response page = api.get(path);

      assertThat(page.status()).as(path).isEqualTo(200);
      assertThat(page.body()).as(path).contains("<div id=\"root\"></div>");
    }
  }

  @Test
  void redirectsTheAddressWithoutSlashBecauseTheAppsAssetPathsAreRelativeToIt() {
    HttpApi.Response redirect = api.get("/admin");

    assertThat(redirect.status()).isEqualTo(301);
    assertThat(redirect.header("Location")).endsWith("/admin/");
  }

  @Test
  void cachesTheHashedAssetsForAYearAndAnswersAMissingFileWith404NotTheStartPage() {
    Matcher script =
        Pattern.compile("/admin/assets/[^\"]+\\.js").matcher(api.get("/admin/").body());
    assertThat(script.find()).isTrue();

    HttpApi.Response asset = api.get(script.group());
    HttpApi.Response missing = api.get("/admin/assets/missing-0000.js");

    assertThat(asset.status()).isEqualTo(200);
    assertThat(asset.header("Cache-Control")).isEqualTo("max-age=31536000, public, immutable");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.header("Content-Type")).isEqualTo("application/problem+json");
  }

  @Test
  void tellsTheAppWhereToSignInAtRunTime() {
    HttpApi.Response config = api.get("/admin/config.json");

    assertThat(config.status()).isEqualTo(200);
    assertThat(config.header("Cache-Control")).isEqualTo("no-store");
    assertThat(config.json().get("authority").asString())
        .isEqualTo("http://localhost:8180/realms/lotse");
    assertThat(config.json().get("clientId").asString()).isEqualTo("lotse-admin-ui");
  }

  @Test
  void letsTheAppsPagesTalkToTheSignInServiceAndNoOtherOriginAndForbidsFraming() {
    String policy = api.get("/admin/o/rosenheim/knowledge").header("Content-Security-Policy");

    assertThat(policy)
        .contains("connect-src 'self' http://localhost:8180;")
        .contains("frame-ancestors 'none'")
        .contains("default-src 'self'")
        .doesNotContain("unsafe-eval");
    // Everything else keeps the platform's own policy.
    assertThat(api.get("/demo/rosenheim").header("Content-Security-Policy"))
        .doesNotContain("http://localhost:8180");
  }

  @Test
  void needsNoTokenForTheAppsFilesWhileTheAdminApiStillDoes() {
    assertThat(api.get("/admin/", "Authorization", "Bearer not-a-token").status())
        .isEqualTo(200);
    assertThat(api.get("/api/v1/admin/tenants").status()).isEqualTo(401);
  }
}
