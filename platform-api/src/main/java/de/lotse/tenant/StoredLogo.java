package de.lotse.tenant;

/**
 * A logo as the public endpoint serves it.
 *
 * @param version the first characters of its SHA-256: the {@code v} of its URL
 * @param etag its full SHA-256, for conditional requests
 */
public record StoredLogo(String contentType, byte[] content, String version, String etag) {}
