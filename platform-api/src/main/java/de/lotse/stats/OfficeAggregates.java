package de.lotse.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the hourly aggregates of one office sum to over a range, sliced the ways the figures need.
 *
 * @param periods by the period's first day ({@code date_trunc} in Europe/Berlin)
 * @param load questions by ISO day of week (0 = Monday) and hour of day, Europe/Berlin
 * @param categories answered questions by the entry's category
 * @param rolledUpAt when the office's aggregates last caught up; null before the first run
 */
record OfficeAggregates(
    Map<LocalDate, Tally> periods,
    long[][] load,
    Map<String, Tally> languages,
    Map<String, Tally> categories,
    List<EntryCount> entries,
    Instant rolledUpAt) {

  Tally total() {
    Tally total = new Tally();
    periods.values().forEach(total::add);
    return total;
  }

  /** Answered questions of one entry. */
  record EntryCount(
      String entryKey, String category, long answered, long helpful, long unhelpful) {}
}
