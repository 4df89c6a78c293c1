package de.lotse.stats;

import java.time.LocalDate;
import java.util.List;

/**
 * The pilot as the ministry sees it: every office side by side and the pilot's totals, built from
 * aggregates only. No question text, no comment, no conversation or message id: topics appear
 * only as words shared by at least {@code topics.minimumConversations} conversations.
 */
public record PilotStatistics(
    LocalDate from,
    LocalDate to,
    String granularity,
    String timeZone,
    Figures totals,
    PerThousand perThousandQuestions,
    List<PeriodFigures> periods,
    List<SliceFigures> languages,
    List<SliceFigures> categories,
    Load load,
    OfficeStatistics.ContactsAvoided contactsAvoided,
    List<OfficeColumn> offices,
    Topics topics) {

  /**
   * One office's column in the side-by-side view.
   *
   * @param periods the office's trend over the range
   */
  public record OfficeColumn(
      String office,
      String displayName,
      Figures totals,
      PerThousand perThousandQuestions,
      List<PeriodFigures> periods,
      List<SliceFigures> languages,
      List<SliceFigures> categories,
      Load load) {}

  /** Counts per 1,000 questions, so offices of different size compare; null without questions. */
  public record PerThousand(
      Double conversations,
      Double answered,
      Double clarified,
      Double fallbacks,
      Double helpful,
      Double unhelpful,
      Double outsideOfficeHours,
      Double contactsAvoided) {

    static PerThousand of(Figures f) {
      return new PerThousand(
          per(f.conversations(), f),
          per(f.answered(), f),
          per(f.clarified(), f),
          per(f.fallbacks(), f),
          per(f.helpful(), f),
          per(f.unhelpful(), f),
          per(f.outsideOfficeHours(), f),
          per(f.contactsAvoided(), f));
    }

    private static Double per(long count, Figures f) {
      return f.questions() == 0 ? null : Math.round(count * 10_000.0 / f.questions()) / 10.0;
    }
  }

  /**
   * @param minimumConversations k: a topic, and every word shown of it, comes from at least this
   *     many conversations
   * @param coveredFrom first day with raw rows in the range (topics come from the raw log)
   */
  public record Topics(
      int minimumConversations,
      LocalDate coveredFrom,
      List<Topic> unanswered,
      List<Topic> unhelpful) {}

  /** @param offices slugs of the offices where the topic came up */
  public record Topic(
      List<String> words, int questions, long conversations, List<String> offices) {}
}
