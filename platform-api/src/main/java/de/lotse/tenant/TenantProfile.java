package de.lotse.tenant;

import de.lotse.answer.Thresholds;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Everything the platform knows about one office, as the rest of the platform sees it. */
public record TenantProfile(
    UUID id,
    String slug,
    String displayName,
    String botName,
    String defaultLanguage,
    List<String> enabledLanguages,
    Map<String, String> greetings,
    Branding branding,
    Handoff handoff,
    List<String> allowedOrigins,
    String privacyUrl,
    Thresholds thresholds,
    TenantStatus status) {

  public boolean isActive() {
    return status == TenantStatus.ACTIVE;
  }

  public boolean enables(String language) {
    return enabledLanguages.contains(language);
  }
}
