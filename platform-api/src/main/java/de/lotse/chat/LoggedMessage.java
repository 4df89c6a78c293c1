package de.lotse.chat;

import java.time.Instant;
import java.util.UUID;

/** One row of the conversation log; {@code question} is already scrubbed. */
record LoggedMessage(UUID id, UUID tenantId, UUID conversationId, Instant createdAt,
    String language, String type, String entryKey, double score, double latencyMs,
    String question) {}
