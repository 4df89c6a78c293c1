package de.lotse.adminui;

import de.lotse.shared.web.ApiProblem;
import de.lotse.shared.web.ProblemType;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The admin app's run-time configuration, its start page, and its address without the trailing
 * slash. The other files come from {@link AdminUiResources}.
 */
@RestController
@Hidden
class AdminUiController {

  private final AdminUiProperties properties;

  AdminUiController(AdminUiProperties properties) {
    this.properties = properties;
  }

  /** Read by the app before anyone signs in; not cached, so a changed setting applies at once. */
  @GetMapping(path = "/admin/config.json")
  ResponseEntity<RuntimeConfig> config() {
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .body(new RuntimeConfig(properties.authority(), properties.clientId()));
  }

  /** Spring's resource handling serves no empty path, so the start page is mapped here. */
  @GetMapping(path = "/admin/")
  ResponseEntity<Resource> startPage() {
    Resource page = new ClassPathResource(AdminUiResources.LOCATION + "index.html");
    if (!page.exists()) {
      throw new ApiProblem(ProblemType.NOT_FOUND, "This platform was built without the admin app.");
    }
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noCache())
        .contentType(MediaType.TEXT_HTML)
        .body(page);
  }

  /** The app's relative asset paths only resolve below "/admin/". */
  @GetMapping(path = "/admin")
  ResponseEntity<Void> withSlash() {
    return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
        .location(URI.create("/admin/"))
        .build();
  }

  /**
   * @param authority the OpenID Connect issuer to sign in with
   * @param clientId the public client (authorization code with PKCE)
   */
  record RuntimeConfig(String authority, String clientId) {}
}
