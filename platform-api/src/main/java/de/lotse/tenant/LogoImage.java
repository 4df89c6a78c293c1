package de.lotse.tenant;

/**
 * A logo that passed the checks, as it is stored.
 *
 * @param contentType {@code image/png}, {@code image/jpeg} or {@code image/svg+xml}, from the
 *     content itself, never from what the upload declared
 * @param content for SVG the re-written document, otherwise the upload unchanged
 * @param width pixels; for SVG its declared size when it has one, else null
 * @param height likewise
 */
record LogoImage(String contentType, byte[] content, Integer width, Integer height) {}
