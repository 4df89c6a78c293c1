package de.lotse.tenant;

/**
 * Contrast ratios as WCAG 2.x defines them (relative luminance of sRGB colours), for checking an
 * office's colours before citizens have to read text on them.
 */
final class ColourContrast {

  /** WCAG 2.x level AA for normal-size text. */
  static final double AA_TEXT = 4.5;

  static final String WHITE = "#ffffff";

  private ColourContrast() {}

  /** @param a,b colours as #rrggbb */
  static double ratio(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String hex) {
    return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
  }

  private static double channel(String hex, int at) {
    double c = Integer.parseInt(hex.substring(at, at + 2), 16) / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
