package de.lotse.knowledge;

import de.lotse.knowledge.exchange.TranslationData;
import java.time.Instant;
import java.util.Map;

/**
 * One entry as editors see it: its current (draft) content, and which revision citizens see.
 *
 * @param currentRevision the revision an update must name to avoid overwriting someone else's
 * @param publishedRevision the revision citizens see; null when unpublished
 */
public record EntryDetail(
    String key,
    String category,
    EntryStatus status,
    int currentRevision,
    Integer publishedRevision,
    Instant updatedAt,
    Map<String, TranslationData> translations) {

  static EntryDetail of(KbEntry entry, KbEntryRevision current) {
    return new EntryDetail(
        entry.key(),
        current.content().category(),
        EntryStatus.of(entry),
        entry.currentRevision(),
        entry.publishedRevision(),
        entry.updatedAt(),
        current.content().translations());
  }
}
