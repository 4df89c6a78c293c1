package de.lotse.shared.web;

import java.util.Optional;

/** Reads the office's slug out of a public API path ({@code /api/v1/public/tenants/{slug}/…}). */
final class PublicPaths {

  private static final String PREFIX = "/api/v1/public/tenants/";

  private PublicPaths() {}

  static Optional<String> tenantSlug(String path) {
    if (path == null || !path.startsWith(PREFIX)) {
      return Optional.empty();
    }
    int end = path.indexOf('/', PREFIX.length());
    String slug = path.substring(PREFIX.length(), end < 0 ? path.length() : end);
    return slug.isEmpty() || slug.length() > 48 ? Optional.empty() : Optional.of(slug);
  }
}
