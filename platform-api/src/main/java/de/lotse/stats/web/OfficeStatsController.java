package de.lotse.stats.web;

import de.lotse.identity.Caller;
import de.lotse.identity.OfficeAccess;
import de.lotse.identity.OfficeArea;
import de.lotse.stats.CsvTable;
import de.lotse.stats.OfficeStatistics;
import de.lotse.stats.StatsCsv;
import de.lotse.stats.StatsRange;
import de.lotse.stats.StatsService;
import de.lotse.tenant.TenantProfile;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An office's statistics for its own staff, as JSON and as CSV. */
@RestController
@Tag(name = "Statistics (admin)")
class OfficeStatsController {

  private final OfficeAccess access;
  private final StatsService stats;
  private final Clock clock;

  OfficeStatsController(OfficeAccess access, StatsService stats, Clock clock) {
    this.access = access;
    this.stats = stats;
    this.clock = clock;
  }

  /**
   * Figures of {@code from} to {@code to} (days in Europe/Berlin, both included; default: the 30
   * days up to today) by {@code granularity} {@code day|week|month}.
   */
  @GetMapping("/api/v1/admin/tenants/{slug}/stats")
  OfficeStatistics stats(
      Caller caller,
      @PathVariable String slug,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String granularity) {
    TenantProfile office = access.require(caller, slug, OfficeArea.STATISTICS);
    return stats.office(office, StatsRange.of(from, to, granularity, clock));
  }

  /**
   * One table of the statistics as CSV: {@code table} is periods (default), languages,
   * categories, entries, load or topics; {@code format} csv (default) or excel.
   */
  @GetMapping("/api/v1/admin/tenants/{slug}/stats/export")
  ResponseEntity<byte[]> export(
      Caller caller,
      @PathVariable String slug,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String granularity,
      @RequestParam(required = false) String table,
      @RequestParam(required = false) String format) {
    TenantProfile office = access.require(caller, slug, OfficeArea.STATISTICS);
    CsvTable.Variant variant = CsvDownload.variant(format);
    String chosen = CsvDownload.table(table, StatsCsv.OFFICE_TABLES);
    StatsRange range = StatsRange.of(from, to, granularity, clock);
    return CsvDownload.of(
        StatsCsv.office(stats.office(office, range), chosen),
        variant,
        "lotse-" + office.slug() + "-" + chosen + "-" + range.from() + "-" + range.to());
  }
}
