package de.lotse.tenant;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Real image files for logo tests, drawn with the JDK's own encoders. */
public final class TestImages {

  private TestImages() {}

  public static byte[] png(int width, int height) {
    return encode("png", width, height, BufferedImage.TYPE_INT_ARGB);
  }

  public static byte[] jpeg(int width, int height) {
    return encode("jpg", width, height, BufferedImage.TYPE_INT_RGB);
  }

  public static byte[] svg(String body) {
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
            + " width=\"120\" height=\"40\" viewBox=\"0 0 120 40\">" + body + "</svg>")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] encode(String format, int width, int height, int type) {
    BufferedImage image = new BufferedImage(width, height, type);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0x00528c));
    g.fillRect(0, 0, width, height);
    g.dispose();
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("no " + format + " encoder");
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
