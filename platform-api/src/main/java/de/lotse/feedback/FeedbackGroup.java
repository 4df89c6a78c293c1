package de.lotse.feedback;

import java.time.Instant;
import java.util.List;

/**
 * Citizens' questions that ask the same thing (see {@link FeedbackInbox} for how they are
 * grouped), counted over the questions the query selected. Every text was scrubbed of personal
 * data before it was stored.
 *
 * @param id stable across requests and new questions; what the actions name
 * @param question the most frequent wording (on a tie, the latest)
 * @param variants the wordings with their language and how often each came, most frequent first
 *     (at most {@value FeedbackGroups#MAX_VARIANTS})
 * @param questions how many questions the group has
 * @param unhelpful how many of them were answers rated unhelpful
 * @param fallback how many of them the bot could not answer
 * @param languages the languages the questions were written in, most frequent first
 * @param answeredEntries the entries that gave the unhelpful answers, most frequent first
 * @param comments the citizens' comments on their ratings, newest first (at most {@value
 *     FeedbackGroups#MAX_COMMENTS}); {@code commentCount} counts them all
 * @param decision the editors' decision about the group; null when there is none. An open group
 *     with a {@code resolved} decision has had questions since it was resolved.
 */
public record FeedbackGroup(
    String id,
    FeedbackStatus status,
    String question,
    List<Variant> variants,
    int questions,
    int unhelpful,
    int fallback,
    Instant firstSeen,
    Instant lastSeen,
    List<String> languages,
    List<EntryCount> answeredEntries,
    List<Comment> comments,
    int commentCount,
    FeedbackDecision decision) {

  /** One wording of the question; wordings that differ only in case or final punctuation are one. */
  public record Variant(String text, String language, int count) {}

  public record EntryCount(String entryKey, int count) {}

  /** A citizen's comment on an unhelpful answer, scrubbed. */
  public record Comment(String text, String language, Instant at) {}
}
