package de.lotse.tenant;

import java.time.Instant;

/**
 * An office's stored logo, as administrators see it after an upload.
 *
 * @param url where the widget loads it (platform-relative); also the office's {@code
 *     branding.logoUrl}
 * @param contentType what the content really is
 * @param bytes the stored size (an SVG is stored as re-written after its checks)
 * @param width pixels; null for an SVG without a declared size
 */
public record LogoSummary(
    String url, String contentType, int bytes, Integer width, Integer height, Instant updatedAt) {}
