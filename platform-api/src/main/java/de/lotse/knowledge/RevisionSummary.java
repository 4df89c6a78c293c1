package de.lotse.knowledge;

import de.lotse.knowledge.exchange.EntryData;
import java.time.Instant;

/**
 * One state of an entry in its history.
 *
 * @param change created, updated, imported, deleted or restored
 * @param published whether citizens see this revision now
 * @param content the entry's content in this revision; left out of history lists
 */
public record RevisionSummary(
    int revision,
    String change,
    String changedBy,
    Instant changedAt,
    boolean published,
    EntryData content) {

  static RevisionSummary of(KbEntryRevision revision, KbEntry entry, boolean withContent) {
    Integer published = entry.publishedRevision();
    return new RevisionSummary(
        revision.revision(),
        revision.change(),
        revision.changedBy(),
        revision.changedAt(),
        published != null && published == revision.revision(),
        withContent ? revision.content() : null);
  }
}
