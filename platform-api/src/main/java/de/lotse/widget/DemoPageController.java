package de.lotse.widget;

import de.lotse.shared.web.ApiProblem;
import de.lotse.shared.web.ProblemType;
import de.lotse.tenant.TenantDirectory;
import de.lotse.tenant.TenantProfile;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A mock office website with the widget embedded, for every active office: what an office's
 * page looks like with its one script tag, and the page the end-to-end tests run against. It is
 * on the platform's own origin, which the public API's CORS always allows.
 */
@RestController
class DemoPageController {

  private final TenantDirectory directory;
  private final WidgetScripts scripts;

  DemoPageController(TenantDirectory directory, WidgetScripts scripts) {
    this.directory = directory;
    this.scripts = scripts;
  }

  @GetMapping(path = "/demo/{slug}", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> demo(
      @PathVariable String slug, @RequestParam(name = "lang", required = false) String language) {
    TenantProfile office = directory
        .find(slug)
        .filter(TenantProfile::isActive)
        .orElseThrow(() -> new ApiProblem(
            ProblemType.TENANT_NOT_FOUND,
            "There is no demo page for \"" + abbreviate(slug)
                + "\": no active office has this name."));
    String preferred = language != null && office.enables(language) ? language : null;
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noCache())
        .contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
        .body(DemoPage.render(office, scripts.pinnedPath(), preferred));
  }

  private static String abbreviate(String slug) {
    return slug.length() > 48 ? slug.substring(0, 48) + "…" : slug;
  }
}
