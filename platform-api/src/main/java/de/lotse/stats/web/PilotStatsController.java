package de.lotse.stats.web;

import de.lotse.identity.Caller;
import de.lotse.identity.OfficeAccess;
import de.lotse.shared.web.ApiProblem;
import de.lotse.stats.CsvTable;
import de.lotse.stats.PilotStatistics;
import de.lotse.stats.StatsCsv;
import de.lotse.stats.StatsRange;
import de.lotse.stats.StatsService;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The pilot for the ministry: all offices side by side, as JSON, CSV and a printable monthly
 * report. Aggregates only; see {@link StatsService} for the cross-office path.
 */
@RestController
@Tag(name = "Statistics (admin)")
class PilotStatsController {

  private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

  private final OfficeAccess access;
  private final StatsService stats;
  private final Clock clock;

  PilotStatsController(OfficeAccess access, StatsService stats, Clock clock) {
    this.access = access;
    this.stats = stats;
    this.clock = clock;
  }

  /** Every office's figures and the pilot's totals; parameters as for an office's statistics. */
  @GetMapping("/api/v1/admin/stats/offices")
  PilotStatistics offices(
      Caller caller,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String granularity) {
    access.requirePilotStatistics(caller);
    return stats.pilot(access.visibleOffices(caller), StatsRange.of(from, to, granularity, clock));
  }

  /**
   * One table as CSV: {@code table} is offices (default, with per-1,000 figures), periods,
   * languages, categories, load or topics; {@code format} csv (default) or excel.
   */
  @GetMapping("/api/v1/admin/stats/offices/export")
  ResponseEntity<byte[]> export(
      Caller caller,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String granularity,
      @RequestParam(required = false) String table,
      @RequestParam(required = false) String format) {
    access.requirePilotStatistics(caller);
    CsvTable.Variant variant = CsvDownload.variant(format);
    String chosen = CsvDownload.table(table, StatsCsv.PILOT_TABLES);
    StatsRange range = StatsRange.of(from, to, granularity, clock);
    return CsvDownload.of(
        StatsCsv.pilot(stats.pilot(access.visibleOffices(caller), range), chosen),
        variant,
        "lotse-pilot-" + chosen + "-" + range.from() + "-" + range.to());
  }

  /**
   * The monthly pilot report as a printable HTML page; {@code month} as {@code YYYY-MM}, default
   * the last full month. Served inline, for a browser tab to show and print; {@code
   * download=true} makes it a file to save.
   */
  @GetMapping("/api/v1/admin/stats/report")
  ResponseEntity<String> report(
      Caller caller,
      @RequestParam(required = false) String month,
      @RequestParam(defaultValue = "false") boolean download) {
    access.requirePilotStatistics(caller);
    YearMonth chosen;
    try {
      chosen = month == null || month.isBlank()
          ? YearMonth.now(clock.withZone(StatsRange.ZONE)).minusMonths(1)
          : YearMonth.parse(month);
    } catch (DateTimeParseException e) {
      throw ApiProblem.invalidField("month", "use YYYY-MM, e.g. 2026-05");
    }
    String file = "lotse-monatsbericht-" + chosen + ".html";
    ContentDisposition disposition = (download
            ? ContentDisposition.attachment()
            : ContentDisposition.inline())
        .filename(file)
        .build();
    return ResponseEntity.ok()
        .contentType(HTML)
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .body(stats.monthlyReport(access.visibleOffices(caller), chosen));
  }
}
