package de.lotse.knowledge;

import java.time.Instant;
import java.util.List;

/**
 * An entry in a list: enough to find it and to see what needs doing.
 *
 * @param title in the office's default language
 * @param languages the languages the entry is translated into
 */
public record EntrySummary(
    String key,
    String category,
    String title,
    List<String> languages,
    EntryStatus status,
    int currentRevision,
    Integer publishedRevision,
    Instant updatedAt) {}
