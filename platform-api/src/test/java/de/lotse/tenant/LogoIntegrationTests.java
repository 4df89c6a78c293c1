package de.lotse.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.audit.AuditRecord;
import de.lotse.audit.AuditTrail;
import de.lotse.identity.AdminTokens;
import de.lotse.identity.DemoUser;
import de.lotse.identity.DevelopmentRealm;
import de.lotse.shared.TenantScope;
import de.lotse.support.HttpApi;
import de.lotse.support.PlatformIntegrationTest;
import de.lotse.support.TestOffices;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Logo upload through the admin API (real tokens) and delivery to the widget through the public
 * API, stored in PostgreSQL with the office.
 */
@PlatformIntegrationTest
class LogoIntegrationTests {

  private static final String BOUNDARY = "logo-boundary-93c1";

  @LocalServerPort
  int port;

  @Autowired
  TestOffices offices;

  @Autowired
  AuditTrail audit;

  @Autowired
  TenantScope scope;

  @Autowired
  JdbcTemplate jdbc;

  HttpApi api;
  TenantProfile office;

  @BeforeAll
  static void keycloakServesTheRealm() {
    DevelopmentRealm.requireReachable();
  }

  @BeforeEach
  void office() {
    api = new HttpApi(port);
    office = offices.create("logo", List.of());
  }

  @Test
  void aPngUploadedAsAFormReachesTheWidgetsConfigAndIsServedWithCachingAndNoSniffing() {
    byte[] png = TestImages.png(240, 80);

    HttpApi.Response uploaded = upload(form("logo.png", "image/png", png));

    assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
    JsonNode summary = uploaded.json();
    assertThat(summary.get("contentType").asString()).isEqualTo("image/png");
    assertThat(summary.get("width").asInt()).isEqualTo(240);
    assertThat(summary.get("bytes").asInt()).isEqualTo(png.length);
    String url = summary.get("url").asString();
    assertThat(url).matches("/api/v1/public/tenants/" + office.slug() + "/logo\\?v=[0-9a-f]{12}");
    assertThat(config().at("/branding/logoUrl").asString()).isEqualTo(url);

    HttpApi.Response versioned = api.get(url);
    assertThat(versioned.status()).isEqualTo(200);
    assertThat(versioned.header("Content-Type")).isEqualTo("image/png");
    assertThat(versioned.header("Cache-Control")).contains("max-age=31536000", "immutable");
    assertThat(versioned.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(versioned.header("Content-Security-Policy"))
        .contains("default-src 'none'", "sandbox");
    assertThat(bytes(url)).isEqualTo(png);
    HttpApi.Response unversioned = api.get(logoPath());
    assertThat(unversioned.header("Cache-Control"))
        .contains("max-age=300")
        .doesNotContain("immutable");
    String etag = unversioned.header("ETag");
    assertThat(api.get(logoPath(), "If-None-Match", etag).status()).isEqualTo(304);
    assertThat(actions()).contains("settings.logo.updated");
  }

  @Test
  void anSvgSentAsTheBodyIsStoredRewrittenWithoutItsEditorsMetadata() {
    byte[] svg = ("<svg xmlns='http://www.w3.org/2000/svg'"
            + " xmlns:inkscape='http://www.inkscape.org/namespaces/inkscape' width='90' height='30'>"
            + "<!-- exported --><g inkscape:label='Ebene 1'><circle r='10' cx='15' cy='15'/></g>"
            + "</svg>")
        .getBytes(StandardCharsets.UTF_8);

    HttpApi.Response uploaded =
        api.send("PUT", logoAdminPath(), "image/svg+xml", svg, platformAdmin());

    assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
    assertThat(uploaded.json().get("contentType").asString()).isEqualTo("image/svg+xml");
    HttpApi.Response served = api.get(uploaded.json().get("url").asString());
    assertThat(served.header("Content-Type")).isEqualTo("image/svg+xml");
    assertThat(served.header("Content-Security-Policy")).contains("sandbox");
    assertThat(served.body()).contains("<circle").doesNotContain("inkscape", "exported");
  }

  @Test
  void hostileSvgsAreRefusedNamingTheFieldAndChangeNothing() {
    upload(form("logo.png", "image/png", TestImages.png(20, 20)));
    String before = config().at("/branding/logoUrl").asString();
    List<String> hostile = List.of(
        "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>",
        "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>",
        "<svg xmlns='http://www.w3.org/2000/svg'><a href='javascript:alert(1)'><text>x</text>"
            + "</a></svg>",
        "<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink'>"
            + "<use xlink:href='https://evil.example/s.svg#a'/></svg>",
        "<?xml version='1.0'?><!DOCTYPE svg [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;'>"
            + "]><svg xmlns='http://www.w3.org/2000/svg'><text>&b;</text></svg>",
        "<?xml version='1.0'?><!DOCTYPE svg [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"
            + "<svg xmlns='http://www.w3.org/2000/svg'><text>&x;</text></svg>");

    for (String svg : hostile) {
      HttpApi.Response refused = api.send(
          "PUT",
          logoAdminPath(),
          "image/svg+xml",
          svg.getBytes(StandardCharsets.UTF_8),
          platformAdmin());

      assertThat(refused.status()).as(svg).isEqualTo(422);
      assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
      assertThat(refused.json().get("type").asString()).isEqualTo("urn:lotse:problem:invalid-logo");
      assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("file");
      assertThat(refused.body()).doesNotContain("root:");
    }
    assertThat(config().at("/branding/logoUrl").asString()).isEqualTo(before);
    assertThat(api.get(logoPath()).header("Content-Type")).isEqualTo("image/png");
  }

  @Test
  void theContentDecidesNotTheDeclaredType() {
    byte[] html =
        "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);

    HttpApi.Response htmlAsPng = upload(form("logo.png", "image/png", html));
    HttpApi.Response pngAsSvg =
        api.send("PUT", logoAdminPath(), "image/svg+xml", TestImages.png(30, 30), platformAdmin());

    assertThat(htmlAsPng.status()).isEqualTo(422);
    assertThat(htmlAsPng.json().at("/errors/0/field").asString()).isEqualTo("file");
    assertThat(pngAsSvg.status()).as(pngAsSvg.toString()).isEqualTo(200);
    assertThat(pngAsSvg.json().get("contentType").asString()).isEqualTo("image/png");
    assertThat(api.get(logoPath()).header("Content-Type")).isEqualTo("image/png");
  }

  @Test
  void tooLargeFilesAndTooManyPixelsAreRefused() {
    byte[] png = TestImages.png(10, 10);
    byte[] oversized = Arrays.copyOf(png, 256 * 1024 + 1);

    HttpApi.Response tooLarge =
        api.send("PUT", logoAdminPath(), "image/png", oversized, platformAdmin());
    HttpApi.Response tooLargeForm = upload(form("logo.png", "image/png", oversized));
    HttpApi.Response tooWide = upload(form("wide.png", "image/png", TestImages.png(1500, 20)));

    assertThat(tooLarge.status()).isEqualTo(413);
    assertThat(tooLarge.json().get("type").asString())
        .isEqualTo("urn:lotse:problem:logo-too-large");
    assertThat(tooLarge.json().at("/errors/0/field").asString()).isEqualTo("file");
    assertThat(tooLargeForm.status()).isEqualTo(413);
    assertThat(tooWide.status()).isEqualTo(422);
    assertThat(tooWide.json().at("/errors/0/message").asString()).contains("1500 pixels");
    assertThat(api.get(logoPath()).status()).isEqualTo(404);
  }

  @Test
  void aFormWithoutTheFileNamesIt() {
    byte[] body = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"image\";"
            + " filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\nx\r\n--" + BOUNDARY + "--\r\n")
        .getBytes(StandardCharsets.UTF_8);

    HttpApi.Response missing = upload(body);

    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().at("/errors/0/field").asString()).isEqualTo("file");
  }

  @Test
  void deletingTheLogoTakesItOffTheWidget() {
    upload(form("logo.jpg", "image/jpeg", TestImages.jpeg(60, 20)));

    HttpApi.Response deleted = api.delete(logoAdminPath(), platformAdmin());
    HttpApi.Response again = api.delete(logoAdminPath(), platformAdmin());

    assertThat(deleted.status()).isEqualTo(204);
    assertThat(again.status()).isEqualTo(204);
    assertThat(config().at("/branding/logoUrl").isNull()).isTrue();
    HttpApi.Response gone = api.get(logoPath());
    assertThat(gone.status()).isEqualTo(404);
    assertThat(gone.json().get("type").asString()).isEqualTo("urn:lotse:problem:logo-not-found");
    assertThat(actions()).containsOnlyOnce("settings.logo.deleted");
  }

  @Test
  void settingsSentBackWithAnOlderLogoUrlKeepTheCurrentLogo() {
    upload(form("a.png", "image/png", TestImages.png(20, 20)));
    JsonNode stale = api.get(settingsPath(), platformAdmin()).json();
    String current = upload(form("b.png", "image/png", TestImages.png(40, 20)))
        .json()
        .get("url")
        .asString();

    HttpApi.Response saved = api.put(settingsPath(), stale.toString(), platformAdmin());

    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    assertThat(saved.json().at("/branding/logoUrl").asString()).isEqualTo(current);
  }

  @Test
  void aLogoUrlMustBeHttpsOrTheUploadedLogo() {
    JsonNode settings = api.get(settingsPath(), platformAdmin()).json();
    String script =
        settings.toString().replace("\"logoUrl\":null", "\"logoUrl\":\"javascript:alert(1)\"");

    HttpApi.Response refused = api.put(settingsPath(), script, platformAdmin());
    HttpApi.Response external = api.put(
        settingsPath(),
        settings
            .toString()
            .replace("\"logoUrl\":null", "\"logoUrl\":\"https://www.landkreis.example/logo.png\""),
        platformAdmin());
    HttpApi.Response ownWithoutUpload = api.put(
        settingsPath(),
        settings
            .toString()
            .replace("\"logoUrl\":null", "\"logoUrl\":\"" + logoPath() + "?v=0123456789ab\""),
        platformAdmin());

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("errors").toString()).contains("branding.logoUrl");
    assertThat(external.status()).as(external.toString()).isEqualTo(200);
    assertThat(external.json().at("/branding/logoUrl").asString())
        .isEqualTo("https://www.landkreis.example/logo.png");
    assertThat(ownWithoutUpload.status()).as(ownWithoutUpload.toString()).isEqualTo(200);
    assertThat(ownWithoutUpload.json().at("/branding/logoUrl").isNull()).isTrue();
  }

  @Test
  void anOfficesLogoIsItsOwnAndGuardedByRowLevelSecurity() {
    TenantProfile other = offices.create("logo-other", List.of());
    upload(form("logo.png", "image/png", TestImages.png(20, 20)));

    Integer visibleToOther = scope.read(
        other.id(), () -> jdbc.queryForObject("select count(*) from tenant_logo", Integer.class));
    Integer visibleToOwner = scope.read(
        office.id(), () -> jdbc.queryForObject("select count(*) from tenant_logo", Integer.class));

    assertThat(visibleToOther).isZero();
    assertThat(visibleToOwner).isEqualTo(1);
    assertThat(api.get("/api/v1/public/tenants/" + other.slug() + "/logo").status())
        .isEqualTo(404);
  }

  private HttpApi.Response upload(byte[] multipart) {
    return api.send(
        "PUT",
        logoAdminPath(),
        "multipart/form-data; boundary=" + BOUNDARY,
        multipart,
        platformAdmin());
  }

  private static byte[] form(String filename, String contentType, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\";"
            + " filename=\"" + filename + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8));
    out.writeBytes(content);
    out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private JsonNode config() {
    return api.get("/api/v1/public/tenants/" + office.slug() + "/config").json();
  }

  private byte[] bytes(String path) {
    try {
      return java.net.http.HttpClient.newHttpClient()
          .send(
              java.net.http.HttpRequest.newBuilder(
                      java.net.URI.create("http://localhost:" + port + path))
                  .build(),
              java.net.http.HttpResponse.BodyHandlers.ofByteArray())
          .body();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private List<String> actions() {
    return audit.page(office.id(), 0, 50).items().stream()
        .map(AuditRecord::action)
        .toList();
  }

  private String logoPath() {
    return "/api/v1/public/tenants/" + office.slug() + "/logo";
  }

  private String logoAdminPath() {
    return "/api/v1/admin/tenants/" + office.slug() + "/settings/logo";
  }

  private String settingsPath() {
    return "/api/v1/admin/tenants/" + office.slug() + "/settings";
  }

  private static String[] platformAdmin() {
    return new String[] {"Authorization", AdminTokens.bearer(DemoUser.PLATFORM_ADMIN)};
  }
}
