package de.lotse.tenant.web;

import de.lotse.answer.Thresholds;
import de.lotse.identity.Caller;
import de.lotse.identity.OfficeAccess;
import de.lotse.identity.OfficeArea;
import de.lotse.shared.web.ApiProblem;
import de.lotse.tenant.Branding;
import de.lotse.tenant.Handoff;
import de.lotse.tenant.TenantProfile;
import de.lotse.tenant.TenantService;
import de.lotse.tenant.TenantSettings;
import de.lotse.tenant.TenantStatus;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Offices as administrators see them: the list, an office's settings, its status. */
@RestController
@RequestMapping("/api/v1/admin/tenants")
@Tag(name = "Offices (admin)")
class TenantAdminController {

  private final OfficeAccess access;
  private final TenantService tenants;

  TenantAdminController(OfficeAccess access, TenantService tenants) {
    this.access = access;
    this.tenants = tenants;
  }

  /**
   * Every office for the platform's operators and the ministry; an office's own staff see their
   * offices.
   */
  @GetMapping
  List<OfficeSummary> offices(Caller caller) {
    return access.visibleOffices(caller).stream()
        .sorted(Comparator.comparing(TenantProfile::slug))
        .map(OfficeSummary::of)
        .toList();
  }

  @GetMapping("/{slug}/settings")
  SettingsBody settings(Caller caller, @PathVariable String slug) {
    return SettingsBody.of(access.require(caller, slug, OfficeArea.SETTINGS));
  }

  @PutMapping("/{slug}/settings")
  SettingsBody changeSettings(
      Caller caller, @PathVariable String slug, @RequestBody SettingsBody body) {
    TenantProfile office = access.require(caller, slug, OfficeArea.SETTINGS);
    return SettingsBody.of(
        tenants.updateSettings(office.id(), body.toSettings(), caller.username()));
  }

  /** The operator activates or suspends an office; a suspended office's chat is switched off. */
  @PostMapping("/{slug}/status")
  OfficeSummary changeStatus(
      Caller caller, @PathVariable String slug, @RequestBody StatusBody body) {
    TenantProfile office = access.require(caller, slug, OfficeArea.STATUS);
    TenantStatus status = body.status() == null
        ? null
        : switch (body.status()) {
          case "active" -> TenantStatus.ACTIVE;
          case "suspended" -> TenantStatus.SUSPENDED;
          default -> null;
        };
    if (status == null) {
      throw ApiProblem.invalidField("status", "use active or suspended");
    }
    return OfficeSummary.of(tenants.changeStatus(office.id(), status, caller.username()));
  }

  record OfficeSummary(
      String slug,
      String displayName,
      String botName,
      String status,
      String defaultLanguage,
      List<String> enabledLanguages) {

    static OfficeSummary of(TenantProfile t) {
      return new OfficeSummary(
          t.slug(),
          t.displayName(),
          t.botName(),
          t.status().dbValue(),
          t.defaultLanguage(),
          t.enabledLanguages());
    }
  }

  record StatusBody(String status) {}

  /**
   * An office's settings. Branding colours must reach WCAG AA (4.5:1): white text on the primary
   * colour, the accent colour as text on white.
   */
  record SettingsBody(
      String displayName,
      String botName,
      String defaultLanguage,
      List<String> enabledLanguages,
      Map<String, String> greetings,
      Branding branding,
      Handoff handoff,
      List<String> allowedOrigins,
      String privacyUrl,
      ThresholdsBody thresholds) {

    static SettingsBody of(TenantProfile t) {
      Thresholds th = t.thresholds();
      return new SettingsBody(
          t.displayName(),
          t.botName(),
          t.defaultLanguage(),
          t.enabledLanguages(),
          t.greetings(),
          t.branding(),
          t.handoff(),
          t.allowedOrigins(),
          t.privacyUrl(),
          new ThresholdsBody(
              th.answer(), th.clarifyMargin(), th.fallback(), th.confident(), th.confidentLead()));
    }

    TenantSettings toSettings() {
      return new TenantSettings(
          displayName,
          botName,
          defaultLanguage,
          enabledLanguages,
          greetings,
          branding,
          handoff,
          allowedOrigins,
          privacyUrl,
          thresholds == null ? null : thresholds.toThresholds());
    }
  }

  /** The engine's thresholds on its 0..1 confidence scale; see the README. */
  record ThresholdsBody(
      Double answer,
      Double clarifyMargin,
      Double fallback,
      Double confident,
      Double confidentLead) {

    Thresholds toThresholds() {
      if (answer == null
          || clarifyMargin == null
          || fallback == null
          || confident == null
          || confidentLead == null) {
        throw ApiProblem.invalidField(
            "thresholds",
            "give answer, clarifyMargin, fallback,"
                + " confident and confidentLead, or leave thresholds out for the defaults");
      }
      try {
        return new Thresholds(answer, clarifyMargin, fallback, confident, confidentLead);
      } catch (IllegalArgumentException e) {
        throw ApiProblem.invalidField("thresholds", e.getMessage());
      }
    }
  }
}
