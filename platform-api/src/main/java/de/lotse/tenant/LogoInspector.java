package de.lotse.tenant;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Decides what an uploaded logo really is from its bytes (the declared type is ignored) and
 * checks it: PNG and JPEG by their headers, with a limit on width and height; SVG by parsing it
 * with {@link SvgSanitizer}. Anything else is refused. Plain Java.
 */
final class LogoInspector {

  static final String PNG = "image/png";
  static final String JPEG = "image/jpeg";
  static final String SVG = "image/svg+xml";

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] PNG_END = {
    0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xae, 0x42, 0x60, (byte) 0x82
  };

  private final int maxDimension;
  private final SvgSanitizer svg = new SvgSanitizer();

  /** @param maxDimension the most pixels a PNG or JPEG logo may have in width and in height */
  LogoInspector(int maxDimension) {
    this.maxDimension = maxDimension;
  }

  LogoImage inspect(byte[] upload) throws LogoRejectedException {
    if (upload.length == 0) {
      throw new LogoRejectedException("is empty; upload a PNG, JPEG or SVG file");
    }
    if (startsWith(upload, PNG_SIGNATURE)) {
      return png(upload);
    }
    if (upload.length > 3
        && (upload[0] & 0xff) == 0xff
        && (upload[1] & 0xff) == 0xd8
        && (upload[2] & 0xff) == 0xff) {
      return jpeg(upload);
    }
    if (looksLikeXml(upload)) {
      SvgSanitizer.Sanitised clean = svg.sanitise(upload);
      return new LogoImage(SVG, clean.document(), clean.width(), clean.height());
    }
    throw new LogoRejectedException("is neither a PNG, a JPEG nor an SVG image (judged by its"
        + " content, not its name or declared type)");
  }

  private LogoImage png(byte[] bytes) throws LogoRejectedException {
    // Signature, then the IHDR chunk: length 13, "IHDR", width, height (big-endian).
    if (bytes.length < 8 + 8 + 13 + 4 + PNG_END.length
        || !"IHDR".equals(new String(bytes, 12, 4, StandardCharsets.US_ASCII))) {
      throw new LogoRejectedException("is not a complete PNG image (no header)");
    }
    if (!Arrays.equals(
        bytes, bytes.length - PNG_END.length, bytes.length, PNG_END, 0, PNG_END.length)) {
      // Bytes after the image's end are where polyglot files hide other content.
      throw new LogoRejectedException(
          "is not a complete PNG image (it does not end with the" + " image's end marker)");
    }
    long width = readInt(bytes, 16);
    long height = readInt(bytes, 20);
    return new LogoImage(
        PNG,
        bytes,
        checkedDimension(width, height, "width"),
        checkedDimension(height, width, "height"));
  }

  private LogoImage jpeg(byte[] bytes) throws LogoRejectedException {
    int at = 2;
    while (at + 4 <= bytes.length) {
      if ((bytes[at] & 0xff) != 0xff) {
        break;
      }
      int marker = bytes[at + 1] & 0xff;
      if (marker == 0xff) {
        at++; // fill byte
        continue;
      }
      if (marker == 0x01 || marker >= 0xd0 && marker <= 0xd8) {
        at += 2; // markers without a length
        continue;
      }
      int length = ((bytes[at + 2] & 0xff) << 8) | (bytes[at + 3] & 0xff);
      if (length < 2) {
        break;
      }
      if (isStartOfFrame(marker)) {
        if (at + 9 > bytes.length) {
          break;
        }
        int height = ((bytes[at + 5] & 0xff) << 8) | (bytes[at + 6] & 0xff);
        int width = ((bytes[at + 7] & 0xff) << 8) | (bytes[at + 8] & 0xff);
        return new LogoImage(
            JPEG,
            bytes,
            checkedDimension(width, height, "width"),
            checkedDimension(height, width, "height"));
      }
      if (marker == 0xda || marker == 0xd9) {
        break; // image data or end before any frame header
      }
      at += 2 + length;
    }
    throw new LogoRejectedException("is not a complete JPEG image (no frame header)");
  }

  /** SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC), which share the range. */
  private static boolean isStartOfFrame(int marker) {
    return marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
  }

  private int checkedDimension(long value, long other, String name) throws LogoRejectedException {
    if (value < 1 || other < 1) {
      throw new LogoRejectedException("has no size (width or height 0)");
    }
    if (value > maxDimension) {
      throw new LogoRejectedException("is " + value + " pixels in " + name + "; at most "
          + maxDimension + " are allowed. Scale it down (the chat shows it about 32 pixels"
          + " high).");
    }
    return (int) value;
  }

  private static long readInt(byte[] bytes, int at) {
    return ((long) (bytes[at] & 0xff) << 24)
        | ((bytes[at + 1] & 0xff) << 16)
        | ((bytes[at + 2] & 0xff) << 8)
        | (bytes[at + 3] & 0xff);
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length
        && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
  }

  /** Text that opens like an XML document: after a byte-order mark and blanks, a '<'. */
  private static boolean looksLikeXml(byte[] bytes) {
    int at = 0;
    if (bytes.length >= 3
        && (bytes[0] & 0xff) == 0xef
        && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf) {
      at = 3;
    }
    while (at < bytes.length
        && (bytes[at] == ' ' || bytes[at] == '\t' || bytes[at] == '\r' || bytes[at] == '\n')) {
      at++;
    }
    return at < bytes.length && bytes[at] == '<';
  }
}
