package de.lotse.tenant;

/** Where the public API serves an office's uploaded logo. */
final class LogoPaths {

  private LogoPaths() {}

  static String path(String slug) {
    return "/api/v1/public/tenants/" + slug + "/logo";
  }

  /** With the content's version, so that browsers may keep it for good. */
  static String url(String slug, String version) {
    return path(slug) + "?v=" + version;
  }

  static boolean isUploaded(String logoUrl, String slug) {
    return logoUrl != null && (logoUrl.equals(path(slug)) || logoUrl.startsWith(path(slug) + "?"));
  }
}
