package de.lotse.knowledge;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * An entry's identity and which of its revisions is current (the editors' draft) and which is
 * published (what citizens see). The content itself lives in {@link KbEntryRevision}.
 */
@Entity
@Table(name = "kb_entry")
class KbEntry {

  @Id
  private UUID id;

  @TenantId
  private UUID tenantId;

  private String key;
  private int currentRevision;
  private Integer publishedRevision;
  private boolean deleted;
  private Instant createdAt;
  private Instant updatedAt;

  protected KbEntry() {}

  KbEntry(String key, Instant now) {
    this.id = UUID.randomUUID();
    this.key = key;
    this.currentRevision = 0;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Starts the next revision and returns its number. */
  int nextRevision(Instant now) {
    currentRevision++;
    deleted = false;
    updatedAt = now;
    return currentRevision;
  }

  /** Starts a revision that marks the entry as deleted; citizens no longer see it. */
  int markDeleted(Instant now) {
    currentRevision++;
    deleted = true;
    publishedRevision = null;
    updatedAt = now;
    return currentRevision;
  }

  void unpublish(Instant now) {
    publishedRevision = null;
    updatedAt = now;
  }

  void publishCurrent(Instant now) {
    publishedRevision = currentRevision;
    updatedAt = now;
  }

  boolean isPublishedCurrent() {
    return publishedRevision != null && publishedRevision == currentRevision;
  }

  UUID id() {
    return id;
  }

  String key() {
    return key;
  }

  int currentRevision() {
    return currentRevision;
  }

  Integer publishedRevision() {
    return publishedRevision;
  }

  Instant updatedAt() {
    return updatedAt;
  }

  boolean deleted() {
    return deleted;
  }
}
