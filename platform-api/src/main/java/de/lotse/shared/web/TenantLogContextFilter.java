package de.lotse.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the office of a request into every log line it causes (MDC key {@code tenant}): public
 * requests ({@code /api/v1/public/tenants/{slug}/…}) and admin requests about one office ({@code
 * /api/v1/admin/tenants/{slug}/…}). For admin requests it is the office the URL names, before the
 * token is checked, so that refused attempts are logged with the office they aimed at. Only
 * values shaped like a slug are taken: the log gets nothing else a caller typed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TenantLogContextFilter extends OncePerRequestFilter {

  static final String MDC_KEY = "tenant";
  private static final String ADMIN_PREFIX = "/api/v1/admin/tenants/";
  private static final Pattern SLUG = Pattern.compile("[a-z0-9-]{1,48}");

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<String> slug = officeOf(request.getRequestURI());
    if (slug.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    MDC.put(MDC_KEY, slug.get());
    try {
      chain.doFilter(request, response);
    } finally {
      MDC.remove(MDC_KEY);
    }
  }

  static Optional<String> officeOf(String path) {
    Optional<String> slug = PublicPaths.tenantSlug(path);
    if (slug.isEmpty() && path != null && path.startsWith(ADMIN_PREFIX)) {
      int end = path.indexOf('/', ADMIN_PREFIX.length());
      slug = Optional.of(path.substring(ADMIN_PREFIX.length(), end < 0 ? path.length() : end));
    }
    return slug.filter(s -> SLUG.matcher(s).matches());
  }
}
