package de.lotse.tenant.web;

import de.lotse.shared.Language;
import de.lotse.tenant.Branding;
import de.lotse.tenant.Handoff;
import de.lotse.tenant.TenantDirectory;
import de.lotse.tenant.TenantProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** What the widget needs to greet a citizen in an office's name. */
@RestController
class PublicConfigController {

  private final TenantDirectory directory;

  PublicConfigController(TenantDirectory directory) {
    this.directory = directory;
  }

  @GetMapping("/api/v1/public/tenants/{slug}/config")
  ResponseEntity<PublicConfig> config(@PathVariable String slug) {
    TenantProfile tenant = directory.requireServing(slug);
    return ResponseEntity.ok()
        .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
        .body(PublicConfig.of(tenant));
  }

  record PublicConfig(String slug, String displayName, String botName, String defaultLanguage,
      List<LanguageOption> languages, Map<String, String> greetings, Branding branding,
      Handoff handoff, String privacyUrl) {

    static PublicConfig of(TenantProfile t) {
      List<LanguageOption> languages = t.enabledLanguages().stream()
          .map(code -> Language.fromCode(code).orElseThrow())
          .map(l -> new LanguageOption(l.code(), l.autonym(), l.rightToLeft() ? "rtl" : "ltr"))
          .toList();
      return new PublicConfig(t.slug(), t.displayName(), t.botName(), t.defaultLanguage(),
          languages, t.greetings(), t.branding(), t.handoff(), t.privacyUrl());
    }
  }

  record LanguageOption(String code, String name, String dir) {}
}
