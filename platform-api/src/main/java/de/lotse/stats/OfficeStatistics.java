package de.lotse.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One office's statistics over a range, for its own staff: everything the ministry sees plus the
 * entries and the office's own unanswered and unhelpful questions.
 *
 * @param rolledUpAt when the aggregates last caught up with the conversation log (they lag by at
 *     most the roll-up interval); null before the first roll-up
 * @param totals the whole range
 * @param periods one per day, week or month, in order, with zeros where nothing happened
 * @param entries answered questions per knowledge-base entry, most asked first
 * @param latency the answer-latency histogram of the range
 */
public record OfficeStatistics(
    String office,
    String displayName,
    LocalDate from,
    LocalDate to,
    String granularity,
    String timeZone,
    Instant rolledUpAt,
    Figures totals,
    List<PeriodFigures> periods,
    List<SliceFigures> languages,
    List<SliceFigures> categories,
    List<EntryFigures> entries,
    Load load,
    List<LatencyBuckets.LatencyBucket> latency,
    ContactsAvoided contactsAvoided,
    Topics topics) {

  /**
   * @param title the entry's title in the office's default language (else German, else its first
   *     language), from its published revision; null when the knowledge base no longer has it
   */
  public record EntryFigures(
      String entryKey,
      String title,
      String category,
      long answered,
      long helpful,
      long unhelpful,
      Double helpfulRate) {}

  /**
   * How {@code contactsAvoided} is estimated.
   *
   * @param factor the configured share ({@code LOTSE_STATS_CONTACTS_AVOIDED_FACTOR})
   */
  public record ContactsAvoided(long estimate, double factor, String formula) {

    static final String FORMULA =
        "(answered questions - answered questions rated unhelpful)" + " x factor, rounded";
  }

  /**
   * Topics of the office's own scrubbed questions; they come from the raw conversation log and so
   * reach back at most as far as its retention period.
   *
   * @param coveredFrom first day with raw rows in the range; null when there are none
   */
  public record Topics(LocalDate coveredFrom, List<Topic> unanswered, List<Topic> unhelpful) {}

  /**
   * @param label the most frequent wording of the topic (scrubbed)
   * @param examples up to three wordings, most frequent first
   */
  public record Topic(
      String label,
      int questions,
      long conversations,
      List<String> languages,
      List<String> examples) {}
}
