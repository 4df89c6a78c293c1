package de.lotse.shared.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param publicUrl where citizens' browsers reach the platform ({@code LOTSE_PUBLIC_URL}); its
 *     origin may always call the public API, for the platform's own demo pages
 */
@ConfigurationProperties("lotse")
public record PlatformProperties(
    @DefaultValue("http://localhost:8080") String publicUrl) {

  public String publicOrigin() {
    java.net.URI uri = java.net.URI.create(publicUrl);
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }
}
