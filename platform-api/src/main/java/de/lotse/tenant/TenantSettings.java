package de.lotse.tenant;

import de.lotse.answer.Thresholds;
import java.util.List;
import java.util.Map;

/**
 * What an office's administrators may change about their bot. The slug and the status are not
 * among it: the slug is the office's identity, the status the operator's decision.
 *
 * @param thresholds when the engine answers, asks back or hands off; null for the defaults
 */
public record TenantSettings(
    String displayName,
    String botName,
    String defaultLanguage,
    List<String> enabledLanguages,
    Map<String, String> greetings,
    Branding branding,
    Handoff handoff,
    List<String> allowedOrigins,
    String privacyUrl,
    Thresholds thresholds) {

  public static TenantSettings of(TenantProfile office) {
    return new TenantSettings(
        office.displayName(),
        office.botName(),
        office.defaultLanguage(),
        office.enabledLanguages(),
        office.greetings(),
        office.branding(),
        office.handoff(),
        office.allowedOrigins(),
        office.privacyUrl(),
        office.thresholds());
  }

  NewTenant asSpec(String slug) {
    return new NewTenant(
        slug,
        displayName,
        botName,
        defaultLanguage,
        enabledLanguages,
        greetings,
        branding,
        handoff,
        allowedOrigins,
        privacyUrl);
  }
}
