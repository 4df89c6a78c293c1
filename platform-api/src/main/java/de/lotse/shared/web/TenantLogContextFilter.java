package de.lotse.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Puts the office of a public request into every log line it causes (MDC key {@code tenant}). */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TenantLogContextFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    Optional<String> slug = PublicPaths.tenantSlug(request.getRequestURI());
    if (slug.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    MDC.put("tenant", slug.get());
    try {
      chain.doFilter(request, response);
    } finally {
      MDC.remove("tenant");
    }
  }
}
