package de.lotse.shared.web;

import de.lotse.tenant.TenantDirectory;
import de.lotse.tenant.TenantProfile;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;

/**
 * CORS for the public API, per office: a browser may call an office's endpoints from the websites
 * the office lists as allowed origins, and from the platform's own demo pages. Nothing else.
 */
@Component
class TenantCorsConfigurationSource implements CorsConfigurationSource {

  private final TenantDirectory directory;
  private final String platformOrigin;

  TenantCorsConfigurationSource(TenantDirectory directory, PlatformProperties platform) {
    this.directory = directory;
    this.platformOrigin = platform.publicOrigin();
  }

  @Override
  public CorsConfiguration getCorsConfiguration(HttpServletRequest request) {
    var slug = PublicPaths.tenantSlug(request.getRequestURI());
    if (slug.isEmpty()) {
      return null;
    }
    List<String> origins = new ArrayList<>();
    origins.add(platformOrigin);
    directory.find(slug.get()).map(TenantProfile::allowedOrigins).ifPresent(origins::addAll);

    CorsConfiguration cors = new CorsConfiguration();
    cors.setAllowedOrigins(origins);
    cors.setAllowedMethods(List.of("GET", "POST"));
    cors.setAllowedHeaders(List.of("Content-Type", "Accept", "Accept-Language"));
    cors.setExposedHeaders(List.of("Retry-After"));
    cors.setAllowCredentials(false);
    cors.setMaxAge(Duration.ofHours(1));
    return cors;
  }
}
