package de.lotse.feedback;

import java.time.LocalDate;

/**
 * Which groups of the inbox to show.
 *
 * @param kind only groups with questions of this kind, and only those questions; null for both
 * @param status the status of the questions to show (a group can have open and resolved ones)
 * @param from first day (Europe/Berlin) the questions were asked on; null for no limit
 * @param to last day, inclusive; null for no limit
 * @param page from 0
 */
public record FeedbackQuery(
    FeedbackKind kind, FeedbackStatus status, LocalDate from, LocalDate to, int page, int size) {

  public FeedbackQuery {
    status = status == null ? FeedbackStatus.OPEN : status;
  }
}
