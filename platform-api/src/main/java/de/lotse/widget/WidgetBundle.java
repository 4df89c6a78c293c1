package de.lotse.widget;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

/**
 * The built chat widget script, read once from the widget module's jar, with its gzipped form and
 * a content hash that names this build.
 *
 * @param version the first 16 hex digits of the script's SHA-256: changes with every change of
 *     the script, so a URL carrying it may be cached for good
 */
record WidgetBundle(byte[] script, byte[] gzipped, String version) {

  /** Where the widget module's build puts the script inside its jar. */
  static final String RESOURCE = "lotse-widget/v1/lotse-widget.js";

  static WidgetBundle of(byte[] script) {
    return new WidgetBundle(script, gzip(script), sha256(script).substring(0, 16));
  }

  /** The bundle on the classpath; empty when the platform was built without the widget module. */
  static Optional<WidgetBundle> fromClasspath(ClassLoader loader) {
    try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
      return in == null ? Optional.empty() : Optional.of(of(in.readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** The strong entity tag of one representation (each encoding has its own, per RFC 9110). */
  String etag(boolean gzipped) {
    return "\"" + version + (gzipped ? "-gzip" : "") + "\"";
  }

  private static byte[] gzip(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 3);
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String sha256(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
