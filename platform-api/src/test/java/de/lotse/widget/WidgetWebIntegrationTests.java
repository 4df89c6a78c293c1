package de.lotse.widget;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.support.HttpApi;
import de.lotse.support.PlatformIntegrationTest;
import de.lotse.support.TestOffices;
import de.lotse.tenant.Branding;
import de.lotse.tenant.Handoff;
import de.lotse.tenant.NewTenant;
import de.lotse.tenant.TenantDirectory;
import de.lotse.tenant.TenantProfile;
import de.lotse.tenant.TenantService;
import de.lotse.tenant.TenantStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Needs the widget module's jar on the classpath, as the reactor build puts it there. */
@PlatformIntegrationTest
class WidgetWebIntegrationTests {

  private static final String SCRIPT = "/widget/v1/lotse-widget.js";

  @LocalServerPort
  int port;

  @Autowired
  TestOffices offices;

  @Autowired
  TenantService tenants;

  @Autowired
  TenantDirectory directory;

  @Autowired
  WidgetScripts scripts;

  HttpApi api;

  @BeforeEach
  void client() {
    api = new HttpApi(port);
  }

  private String version() {
    return scripts.bundle().orElseThrow().version();
  }

  @Test
  void servesTheScriptAsUtf8JavaScriptCachedForAnHourWithAnEntityTag() {
    HttpApi.Response script = api.get(SCRIPT);

    assertThat(script.status()).isEqualTo(200);
    assertThat(script.header("Content-Type")).isEqualTo("text/javascript;charset=UTF-8");
    assertThat(script.header("Cache-Control")).isEqualTo("max-age=3600, public");
    assertThat(script.header("ETag")).isEqualTo("\"" + version() + "\"");
    assertThat(script.header("Vary")).contains("Accept-Encoding");
    assertThat(script.body()).startsWith("(function(){").contains("lotse-chat");
  }

  @Test
  void cachesTheUrlPinnedToThisBuildForAYear() {
    HttpApi.Response pinned = api.get(SCRIPT + "?v=" + version());
    HttpApi.Response stale = api.get(SCRIPT + "?v=0000000000000000");

    assertThat(pinned.header("Cache-Control")).isEqualTo("max-age=31536000, public, immutable");
    assertThat(stale.header("Cache-Control")).isEqualTo("max-age=3600, public");
  }

  @Test
  void answersNotModifiedToAClientThatHasThisBuild() {
    HttpApi.Response revalidated = api.get(SCRIPT, "If-None-Match", "\"" + version() + "\"");
    HttpApi.Response outdated = api.get(SCRIPT, "If-None-Match", "\"0000000000000000\"");

    assertThat(revalidated.status()).isEqualTo(304);
    assertThat(revalidated.body()).isEmpty();
    assertThat(outdated.status()).isEqualTo(200);
  }

  @Test
  void sendsTheScriptGzippedWhenTheClientAcceptsIt() {
    HttpApi.Response gzipped = api.get(SCRIPT, "Accept-Encoding", "gzip");

    assertThat(gzipped.header("Content-Encoding")).isEqualTo("gzip");
    assertThat(gzipped.header("ETag")).isEqualTo("\"" + version() + "-gzip\"");
    assertThat(Integer.parseInt(gzipped.header("Content-Length"))).isLessThanOrEqualTo(30 * 1024);
  }

  @Test
  void demoPageEmbedsTheWidgetForAnActiveOffice() {
    TenantProfile office = offices.create("demo", List.of());
    directory.reload();

    HttpApi.Response page = api.get("/demo/" + office.slug() + "?lang=ar");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("Content-Type")).isEqualTo("text/html;charset=UTF-8");
    assertThat(page.body())
        .contains("<strong>" + office.displayName() + "</strong>")
        .contains("<script src=\"/widget/v1/lotse-widget.js?v=" + version() + "\" data-tenant=\""
            + office.slug() + "\" data-language=\"ar\" async></script>");
  }

  @Test
  void demoPageIgnoresALanguageTheOfficeDoesNotOffer() {
    TenantProfile office = offices.create("demo-lang", List.of());
    directory.reload();

    assertThat(api.get("/demo/" + office.slug() + "?lang=fa").body())
        .doesNotContain("data-language");
  }

  @Test
  void demoPageEscapesTheOfficeName() {
    TenantProfile office = tenants.create(
        new NewTenant(
            TestOffices.uniqueSlug("demo-esc"),
            "Amt <script>alert(1)</script> & Co",
            "Mila",
            "de",
            List.of("de"),
            Map.of(),
            Branding.defaults(),
            Handoff.none(),
            List.of(),
            null),
        TenantStatus.ACTIVE);
    directory.reload();

    String html = api.get("/demo/" + office.slug()).body();

    assertThat(html)
        .contains("Amt &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co")
        .doesNotContain("<script>alert(1)");
  }

  @Test
  void demoPageIsNotFoundForAnUnknownOrPendingOffice() {
    TenantProfile pending = tenants.create(
        new NewTenant(
            TestOffices.uniqueSlug("demo-pending"),
            "Wartendes Amt",
            "Mila",
            "de",
            List.of("de"),
            Map.of(),
            Branding.defaults(),
            Handoff.none(),
            List.of(),
            null),
        TenantStatus.PENDING);
    directory.reload();

    for (String slug : List.of("no-such-office", pending.slug())) {
      HttpApi.Response page = api.get("/demo/" + slug);
      assertThat(page.status()).isEqualTo(404);
      assertThat(page.header("Content-Type")).startsWith("application/problem+json");
      assertThat(page.json().get("type").asString())
          .isEqualTo("urn:lotse:problem:tenant-not-found");
    }
  }
}
