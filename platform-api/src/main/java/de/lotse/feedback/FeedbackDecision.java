package de.lotse.feedback;

import java.time.Instant;

/**
 * What an editor decided about a group of questions.
 *
 * @param action {@code dismissed}, {@code sample-question} (added to an entry) or {@code
 *     entry-created}
 * @param entryKey the entry the questions went into; null when dismissed
 * @param language the language of the question that went into the entry; null when dismissed
 * @param by the editor's username
 */
public record FeedbackDecision(
    FeedbackStatus status,
    String action,
    String entryKey,
    String language,
    Instant at,
    String by) {}
