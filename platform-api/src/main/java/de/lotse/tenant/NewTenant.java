package de.lotse.tenant;

import de.lotse.shared.Language;
import de.lotse.shared.web.ApiProblem;
import de.lotse.shared.web.ApiProblem.FieldProblem;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What it takes to set up an office. {@link #validate()} checks it as a whole and names every
 * offending field.
 */
public record NewTenant(
    String slug,
    String displayName,
    String botName,
    String defaultLanguage,
    List<String> enabledLanguages,
    Map<String, String> greetings,
    Branding branding,
    Handoff handoff,
    List<String> allowedOrigins,
    String privacyUrl) {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]([a-z0-9-]{0,46}[a-z0-9])?");
  private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

  public NewTenant {
    enabledLanguages = enabledLanguages == null ? List.of() : List.copyOf(enabledLanguages);
    greetings = greetings == null ? Map.of() : Map.copyOf(greetings);
    branding = branding == null ? Branding.defaults() : branding;
    handoff = handoff == null ? Handoff.none() : handoff;
    allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
  }

  public void validate() {
    List<FieldProblem> problems = new ArrayList<>();
    if (slug == null || !SLUG.matcher(slug).matches()) {
      problems.add(new FieldProblem(
          "slug", "use 1–48 lower-case letters, digits and inner hyphens, e.g. \"rosenheim\""));
    }
    if (blank(displayName) || displayName.length() > 200) {
      problems.add(new FieldProblem("displayName", "is required (at most 200 characters)"));
    }
    if (blank(botName) || botName.length() > 60) {
      problems.add(new FieldProblem("botName", "is required (at most 60 characters)"));
    }
    for (int i = 0; i < enabledLanguages.size(); i++) {
      if (!Language.isSupported(enabledLanguages.get(i))) {
        problems.add(new FieldProblem(
            "enabledLanguages[" + i + "]",
            "\"" + enabledLanguages.get(i) + "\" is not a supported language"));
      }
    }
    if (defaultLanguage == null || !enabledLanguages.contains(defaultLanguage)) {
      problems.add(new FieldProblem("defaultLanguage", "must be one of the enabled languages"));
    }
    greetings.keySet().stream()
        .filter(l -> !enabledLanguages.contains(l))
        .forEach(
            l -> problems.add(new FieldProblem("greetings." + l, "is not an enabled language")));
    if (branding.primaryColor() != null
        && !COLOUR.matcher(branding.primaryColor()).matches()) {
      problems.add(new FieldProblem("branding.primaryColor", "use a hex colour like #1d4f91"));
    }
    if (branding.accentColor() != null
        && !COLOUR.matcher(branding.accentColor()).matches()) {
      problems.add(new FieldProblem("branding.accentColor", "use a hex colour like #0b6bcb"));
    }
    // The widget writes white text on the primary colour, and links in the accent colour on white.
    checkContrast(problems, "branding.primaryColor", branding.primaryColor(), "white text on it");
    checkContrast(problems, "branding.accentColor", branding.accentColor(), "it as text on white");
    for (int i = 0; i < allowedOrigins.size(); i++) {
      if (!isOrigin(allowedOrigins.get(i))) {
        problems.add(new FieldProblem(
            "allowedOrigins[" + i + "]",
            "use an origin like https://www.landkreis.de (scheme, host, optional port; no path)"));
      }
    }
    if (branding.logoUrl() != null
        && !isHttpsUrl(branding.logoUrl())
        && !LogoPaths.isUploaded(branding.logoUrl(), slug)) {
      problems.add(new FieldProblem(
          "branding.logoUrl",
          "use an https URL of an image, or"
              + " upload the logo (PUT /api/v1/admin/tenants/{slug}/settings/logo)"));
    }
    if (handoff.appointmentUrl() != null && !isHttpUrl(handoff.appointmentUrl())) {
      problems.add(new FieldProblem("handoff.appointmentUrl", "use an http(s) URL"));
    }
    if (privacyUrl != null && !isHttpUrl(privacyUrl)) {
      problems.add(new FieldProblem("privacyUrl", "use an http(s) URL"));
    }
    if (!problems.isEmpty()) {
      throw new ApiProblem(
          de.lotse.shared.web.ProblemType.VALIDATION,
          "The office's settings are incomplete or invalid; see errors.",
          problems);
    }
  }

  private static void checkContrast(
      List<FieldProblem> problems, String field, String colour, String use) {
    if (colour == null || !COLOUR.matcher(colour).matches()) {
      return;
    }
    double ratio = ColourContrast.ratio(colour, ColourContrast.WHITE);
    if (ratio < ColourContrast.AA_TEXT) {
      problems.add(new FieldProblem(
          field,
          String.format(
              java.util.Locale.ROOT,
              "%s has a contrast of %.1f:1; WCAG AA needs at least 4.5:1. Choose a darker colour.",
              use.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + use.substring(1),
              ratio)));
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  static boolean isOrigin(String value) {
    try {
      URI uri = URI.create(value);
      return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          && uri.getHost() != null
          && (uri.getRawPath() == null || uri.getRawPath().isEmpty())
          && uri.getRawQuery() == null
          && uri.getRawFragment() == null
          && uri.getUserInfo() == null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean isHttpsUrl(String value) {
    return isHttpUrl(value) && value.regionMatches(true, 0, "https:", 0, 6);
  }

  /** The same office with another logo URL. */
  NewTenant withLogoUrl(String logoUrl) {
    return new NewTenant(
        slug,
        displayName,
        botName,
        defaultLanguage,
        enabledLanguages,
        greetings,
        new Branding(branding.primaryColor(), branding.accentColor(), logoUrl),
        handoff,
        allowedOrigins,
        privacyUrl);
  }

  private static boolean isHttpUrl(String value) {
    try {
      URI uri = URI.create(value);
      return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          && uri.getHost() != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
