package de.lotse.provisioning;

import de.lotse.tenant.Branding;
import de.lotse.tenant.Handoff;
import de.lotse.tenant.NewTenant;
import de.lotse.tenant.TenantStatus;
import java.util.List;
import java.util.Map;

/**
 * A {@code *.tenant.json} file: an office to set up at start, with the knowledge-base file to
 * seed it from (a path relative to the descriptor).
 */
record TenantDescriptor(
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
    TenantStatus status,
    String knowledgeBase) {

  NewTenant toNewTenant() {
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
