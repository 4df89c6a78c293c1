package de.lotse.widget;

import de.lotse.shared.web.ApiProblem;
import de.lotse.shared.web.ProblemType;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the chat widget script that offices embed with one script tag.
 *
 * <p>Caching: {@code /widget/v1/} names the embedding contract (script tag, data attributes, JS
 * API), not a build, so offices never have to edit their pages for a fix. That URL is therefore
 * cached for an hour only and revalidated with an ETag (a cheap 304), so fixes reach every site
 * within the hour. A URL that also carries the build's content hash ({@code ?v=…}, as the demo
 * pages use) never changes its content and is cached for a year as immutable.
 */
@RestController
class WidgetScriptController {

  static final String PATH = "/widget/v1/lotse-widget.js";
  static final Duration STABLE_URL_MAX_AGE = Duration.ofHours(1);

  private static final Logger log = LoggerFactory.getLogger(WidgetScriptController.class);
  private static final MediaType JAVASCRIPT =
      new MediaType("text", "javascript", java.nio.charset.StandardCharsets.UTF_8);

  private final Optional<WidgetBundle> bundle;

  WidgetScriptController(WidgetScripts scripts) {
    this.bundle = scripts.bundle();
    if (bundle.isEmpty()) {
      log.warn(
          "The chat widget is not on the classpath ({}); {} answers 404. Build the widget"
              + " module (mvn package at the top level) to include it.",
          WidgetBundle.RESOURCE,
          PATH);
    }
  }

  @GetMapping(PATH)
  ResponseEntity<byte[]> script(
      @RequestParam(name = "v", required = false) String version,
      @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
      @RequestHeader(name = HttpHeaders.ACCEPT_ENCODING, required = false) String acceptEncoding) {
    WidgetBundle script = bundle.orElseThrow(() ->
        new ApiProblem(ProblemType.NOT_FOUND, "This platform was built without the chat widget."));
    CacheControl caching = script.version().equals(version)
        ? CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable()
        : CacheControl.maxAge(STABLE_URL_MAX_AGE).cachePublic();

    boolean gzip = acceptsGzip(acceptEncoding);
    String etag = script.etag(gzip);
    if (matches(ifNoneMatch, script)) {
      return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
          .cacheControl(caching)
          .eTag(etag)
          .varyBy(HttpHeaders.ACCEPT_ENCODING)
          .build();
    }
    ResponseEntity.BodyBuilder response = ResponseEntity.ok()
        .contentType(JAVASCRIPT)
        .cacheControl(caching)
        .eTag(etag)
        .varyBy(HttpHeaders.ACCEPT_ENCODING);
    // Spring Boot's response compression is off; the script is gzipped once at start instead.
    if (gzip) {
      return response.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(script.gzipped());
    }
    return response.body(script.script());
  }

  /** True when the client holds this build in either encoding. */
  private static boolean matches(String ifNoneMatch, WidgetBundle script) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String part : ifNoneMatch.split(",")) {
      String candidate = part.trim();
      String tag = candidate.startsWith("W/") ? candidate.substring(2) : candidate;
      if (tag.equals("*") || tag.equals(script.etag(false)) || tag.equals(script.etag(true))) {
        return true;
      }
    }
    return false;
  }

  static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    for (String coding : acceptEncoding.split(",")) {
      String[] parts = coding.trim().split(";");
      if (parts[0].trim().equalsIgnoreCase("gzip")) {
        return parts.length < 2 || !parts[1].replace(" ", "").equals("q=0");
      }
    }
    return false;
  }
}
