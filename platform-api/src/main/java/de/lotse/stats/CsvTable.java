package de.lotse.stats;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A table written as CSV (RFC 4180: CRLF line ends, fields with separator, quote or line break
 * quoted, quotes doubled), in one of two variants:
 *
 * <ul>
 *   <li>{@link Variant#CSV}: comma-separated, decimal point, plain UTF-8: for scripts and tools.
 *   <li>{@link Variant#EXCEL}: what Excel with German settings opens correctly by double-click:
 *       a UTF-8 byte order mark (else umlauts break), semicolons, decimal comma.
 * </ul>
 *
 * <p>In both, a text cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return gets a leading apostrophe, so a spreadsheet shows it as text instead of running
 * it as a formula (CSV injection). Numbers are written as numbers.
 */
public final class CsvTable {

  public enum Variant {
    CSV(',', '.', false),
    EXCEL(';', ',', true);

    private final char separator;
    private final char decimal;
    private final boolean byteOrderMark;

    Variant(char separator, char decimal, boolean byteOrderMark) {
      this.separator = separator;
      this.decimal = decimal;
      this.byteOrderMark = byteOrderMark;
    }

    /** {@code csv} or {@code excel}, as the API's {@code format} parameter names them. */
    public static Variant parse(String value) {
      if (value == null || value.isBlank()) {
        return CSV;
      }
      for (Variant v : values()) {
        if (v.name().equalsIgnoreCase(value.trim())) {
          return v;
        }
      }
      return null;
    }
  }

  private final List<String> header;
  private final List<List<Object>> rows = new ArrayList<>();

  public CsvTable(String... header) {
    this.header = List.of(header);
  }

  public CsvTable row(Object... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException("a row needs " + header.size() + " cells");
    }
    rows.add(Arrays.asList(cells));
    return this;
  }

  public List<String> header() {
    return header;
  }

  public int size() {
    return rows.size();
  }

  public byte[] bytes(Variant variant) {
    StringBuilder out = new StringBuilder();
    if (variant.byteOrderMark) {
      out.append('\uFEFF');
    }
    line(out, new ArrayList<>(header), variant);
    for (List<Object> row : rows) {
      line(out, row, variant);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void line(StringBuilder out, List<?> cells, Variant variant) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(variant.separator);
      }
      out.append(field(cells.get(i), variant));
    }
    out.append("\r\n");
  }

  static String field(Object value, Variant variant) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
      String number = new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
      return number.replace('.', variant.decimal);
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString().toLowerCase(Locale.ROOT);
    }
    String text = defused(value.toString());
    boolean quote = text.indexOf(variant.separator) >= 0
        || text.indexOf('"') >= 0
        || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0;
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }

  /** A text a spreadsheet would take for a formula, made plain text. */
  static String defused(String text) {
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }
}
