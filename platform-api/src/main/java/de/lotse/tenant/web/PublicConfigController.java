package de.lotse.tenant.web;

import de.lotse.shared.Language;
import de.lotse.shared.web.ApiProblem;
import de.lotse.shared.web.ProblemType;
import de.lotse.tenant.Branding;
import de.lotse.tenant.Handoff;
import de.lotse.tenant.StoredLogo;
import de.lotse.tenant.TenantDirectory;
import de.lotse.tenant.TenantLogos;
import de.lotse.tenant.TenantProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What the widget needs to greet a citizen in an office's name. */
@RestController
class PublicConfigController {

  /**
   * For the logo opened on its own rather than as an image: nothing in it may run or load, even
   * if an SVG slipped past the checks on upload.
   */
  static final String LOGO_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

  private final TenantDirectory directory;
  private final TenantLogos logos;

  PublicConfigController(TenantDirectory directory, TenantLogos logos) {
    this.directory = directory;
    this.logos = logos;
  }

  @GetMapping("/api/v1/public/tenants/{slug}/config")
  ResponseEntity<PublicConfig> config(@PathVariable String slug) {
    TenantProfile tenant = directory.requireServing(slug);
    return ResponseEntity.ok()
        .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
        .body(PublicConfig.of(tenant));
  }

  /**
   * The office's uploaded logo. With the version of its URL ({@code branding.logoUrl}) it is
   * cached for a year; without it (or with an old one) for five minutes, revalidated by ETag.
   */
  @GetMapping("/api/v1/public/tenants/{slug}/logo")
  ResponseEntity<byte[]> logo(
      @PathVariable String slug, @RequestParam(name = "v", required = false) String version) {
    TenantProfile tenant = directory.requireServing(slug);
    StoredLogo logo = logos
        .find(tenant)
        .orElseThrow(() -> new ApiProblem(ProblemType.LOGO_NOT_FOUND, "This office has no logo."));
    CacheControl cache = logo.version().equals(version)
        ? CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable()
        : CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();
    String extension = switch (logo.contentType()) {
      case "image/png" -> "png";
      case "image/jpeg" -> "jpg";
      default -> "svg";
    };
    return ResponseEntity.ok()
        .cacheControl(cache)
        .eTag(logo.etag())
        .contentType(MediaType.parseMediaType(logo.contentType()))
        .header("Content-Security-Policy", LOGO_POLICY)
        .header("X-Content-Type-Options", "nosniff")
        // The widget shows it on the office's own website, which may isolate itself (COEP).
        .header("Cross-Origin-Resource-Policy", "cross-origin")
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline()
                .filename(slug + "-logo." + extension)
                .build()
                .toString())
        .body(logo.content());
  }

  record PublicConfig(
      String slug,
      String displayName,
      String botName,
      String defaultLanguage,
      List<LanguageOption> languages,
      Map<String, String> greetings,
      Branding branding,
      Handoff handoff,
      String privacyUrl) {

    static PublicConfig of(TenantProfile t) {
      List<LanguageOption> languages = t.enabledLanguages().stream()
          .map(code -> Language.fromCode(code).orElseThrow())
          .map(l -> new LanguageOption(l.code(), l.autonym(), l.rightToLeft() ? "rtl" : "ltr"))
          .toList();
      return new PublicConfig(
          t.slug(),
          t.displayName(),
          t.botName(),
          t.defaultLanguage(),
          languages,
          t.greetings(),
          t.branding(),
          t.handoff(),
          t.privacyUrl());
    }
  }

  record LanguageOption(String code, String name, String dir) {}
}
