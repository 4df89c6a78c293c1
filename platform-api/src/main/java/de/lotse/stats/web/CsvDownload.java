package de.lotse.stats.web;

import de.lotse.shared.web.ApiProblem;
import de.lotse.stats.CsvTable;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A CSV table as a download, checked parameters first so a bad request costs no query. */
final class CsvDownload {

  private static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

  private CsvDownload() {}

  static CsvTable.Variant variant(String format) {
    CsvTable.Variant variant = CsvTable.Variant.parse(format);
    if (variant == null) {
      throw ApiProblem.invalidField(
          "format",
          "use csv (comma, decimal point) or excel"
              + " (semicolon, decimal comma, byte order mark)");
    }
    return variant;
  }

  static String table(String table, List<String> tables) {
    if (table == null || table.isBlank()) {
      return tables.get(0);
    }
    if (!tables.contains(table)) {
      throw ApiProblem.invalidField("table", "use one of " + String.join(", ", tables));
    }
    return table;
  }

  static ResponseEntity<byte[]> of(CsvTable table, CsvTable.Variant variant, String name) {
    String file = name + (variant == CsvTable.Variant.EXCEL ? "-excel" : "") + ".csv";
    return ResponseEntity.ok()
        .contentType(TEXT_CSV)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(file).build().toString())
        .body(table.bytes(variant));
  }
}
