package de.lotse.feedback;

import de.lotse.knowledge.EntryDetail;

/**
 * The result of an action on a group.
 *
 * @param entry the entry as it is now, when the action changed or created one; else null
 */
public record FeedbackOutcome(String groupId, FeedbackDecision decision, EntryDetail entry) {}
