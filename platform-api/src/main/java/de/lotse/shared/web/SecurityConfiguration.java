package de.lotse.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Who may call what. The public chat API, health and API docs are anonymous; the admin API needs a
 * bearer token of the platform's Keycloak realm (checked by the identity feature's decoder). Which
 * office and which part of it a caller may touch is decided per request by {@code OfficeAccess}.
 * Other paths reach Spring MVC, which answers only what the platform maps.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  /**
   * No observations of each security filter: on the chat hot path they cost more than the
   * answer itself. Requests are still measured as a whole (http.server.requests).
   */
  @Bean
  SecurityObservationSettings securityObservationSettings() {
    return SecurityObservationSettings.noObservations();
  }

  private static final String ADMIN_API = "/api/v1/admin/";
  private static final String CSP = "default-src 'self'; img-src 'self' https: data:;"
      + " style-src 'self' 'unsafe-inline'; frame-ancestors 'self'";

  private final BearerTokenAuthenticationEntryPoint bearerChallenge =
      new BearerTokenAuthenticationEntryPoint();

  /**
   * The citizens' API: anonymous, stateless, and the platform's hottest path. Only what it needs
   * runs (CORS per office, security headers); session, security-context, request-cache, logout,
   * anonymous-user and token filters each cost time on every question and protect nothing here.
   */
  @Bean
  @Order(1)
  SecurityFilterChain publicApi(HttpSecurity http, TenantCorsConfigurationSource cors)
      throws Exception {
    return http.securityMatcher("/api/v1/public/**")
        .csrf(AbstractHttpConfigurer::disable)
        .logout(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        .anonymous(AbstractHttpConfigurer::disable)
        .sessionManagement(AbstractHttpConfigurer::disable)
        .securityContext(AbstractHttpConfigurer::disable)
        .exceptionHandling(AbstractHttpConfigurer::disable)
        .cors(c -> c.configurationSource(cors))
        .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP)))
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain api(
      HttpSecurity http,
      TenantCorsConfigurationSource cors,
      JwtDecoder tokens,
      JwtAuthenticationConverter callers)
      throws Exception {
    return http
        // No cookies and no sessions anywhere, so there is nothing for CSRF to ride on.
        .csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .cors(c -> c.configurationSource(cors))
        .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP)))
        .authorizeHttpRequests(a ->
            a.requestMatchers(ADMIN_API + "**").authenticated().anyRequest().permitAll())
        .oauth2ResourceServer(o -> o.bearerTokenResolver(adminTokensOnly())
            .jwt(j -> j.decoder(tokens).jwtAuthenticationConverter(callers))
            .authenticationEntryPoint(this::signInRequired)
            .accessDeniedHandler(forbidden()))
        .exceptionHandling(
            e -> e.authenticationEntryPoint(this::signInRequired).accessDeniedHandler(forbidden()))
        .build();
  }

  /**
   * Tokens are read on the admin API only: a stray or stale Authorization header must not turn a
   * citizen's anonymous question into a 401.
   */
  private static BearerTokenResolver adminTokensOnly() {
    DefaultBearerTokenResolver header = new DefaultBearerTokenResolver();
    return request ->
        request.getRequestURI().startsWith(ADMIN_API) ? header.resolve(request) : null;
  }

  private void signInRequired(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
      throws IOException {
    bearerChallenge.commence(request, response, failure); // status and WWW-Authenticate (RFC 6750)
    String detail = failure instanceof InvalidBearerTokenException
        ? "The access token was not accepted: it is expired, not signed by the platform's sign-in"
            + " service, or meant for another application. Sign in again."
        : "This part of the API needs a signed-in administrator: send an access token from the"
            + " platform's sign-in service as \\\"Authorization: Bearer …\\\".";
    writeProblem(response, HttpServletResponse.SC_UNAUTHORIZED, ProblemType.UNAUTHORIZED, detail);
  }

  private static AccessDeniedHandler forbidden() {
    return (request, response, denied) -> writeProblem(
        response, HttpServletResponse.SC_FORBIDDEN, ProblemType.FORBIDDEN, "You may not do this.");
  }

  // The texts are fixed, so plain string building is safe; nothing of the request is echoed.
  private static void writeProblem(
      HttpServletResponse response, int status, ProblemType type, String detail)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write("{\"type\":\"" + type.uri() + "\",\"title\":\"" + type.title() + "\",\"status\":"
            + status + ",\"detail\":\"" + detail + "\"}");
  }
}
