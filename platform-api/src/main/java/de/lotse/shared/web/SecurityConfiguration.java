package de.lotse.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what. The public chat API, health and API docs are anonymous; the admin API is
 * closed until it is built with Keycloak tokens. Other paths reach Spring MVC, which answers only
 * what the platform maps (and 404 problem details for the rest).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  private static void notAvailable(HttpServletRequest request, HttpServletResponse response,
      Exception denied) throws java.io.IOException {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setContentType("application/problem+json");
    response.getWriter().write("""
        {"type":"urn:lotse:problem:unauthorized","title":"Sign-in required","status":401,\
        "detail":"This part of the API needs a signed-in administrator."}""");
  }

  @Bean
  SecurityFilterChain api(HttpSecurity http, TenantCorsConfigurationSource cors) throws Exception {
    return http
        // No cookies and no sessions anywhere, so there is nothing for CSRF to ride on.
        .csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .cors(c -> c.configurationSource(cors))
        .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
            "default-src 'self'; img-src 'self' https: data:; style-src 'self' 'unsafe-inline';"
                + " frame-ancestors 'self'")))
        .authorizeHttpRequests(a -> a
            .requestMatchers("/api/v1/admin/**").denyAll()
            .anyRequest().permitAll())
        .exceptionHandling(e -> e.authenticationEntryPoint(SecurityConfiguration::notAvailable)
            .accessDeniedHandler(SecurityConfiguration::notAvailable))
        .build();
  }
}
