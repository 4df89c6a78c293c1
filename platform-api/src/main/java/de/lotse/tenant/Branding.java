package de.lotse.tenant;

/**
 * The office's look in the widget.
 *
 * @param primaryColor hex colour (#rrggbb) of the launcher, header and the citizen's messages
 * @param accentColor hex colour of links and focus rings
 * @param logoUrl absolute https URL or a platform-relative path; null for none
 */
public record Branding(String primaryColor, String accentColor, String logoUrl) {

  public static Branding defaults() {
    return new Branding("#1d4f91", "#0b6bcb", null);
  }
}
