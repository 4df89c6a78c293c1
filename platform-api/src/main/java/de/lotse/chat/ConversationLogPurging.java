package de.lotse.chat;

import java.time.Instant;
import java.util.UUID;

/**
 * Published inside the retention job's transaction, just before it deletes an office's raw
 * conversation rows created before {@code before} (always a whole UTC hour). Listeners that keep
 * something derived from those rows (the statistics' hourly roll-up) bring it up to date here,
 * synchronously and in the same transaction: if they fail, nothing is deleted.
 */
public record ConversationLogPurging(UUID tenantId, Instant before) {}
