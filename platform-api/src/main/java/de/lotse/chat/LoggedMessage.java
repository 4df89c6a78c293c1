package de.lotse.chat;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of the conversation log; {@code question} is already scrubbed.
 *
 * @param opensConversation the first question of its conversation (asked without a conversation
 *     id); the statistics count conversations by it
 */
record LoggedMessage(
    UUID id,
    UUID tenantId,
    UUID conversationId,
    Instant createdAt,
    String language,
    String type,
    String entryKey,
    double score,
    double latencyMs,
    String question,
    boolean opensConversation) {}
