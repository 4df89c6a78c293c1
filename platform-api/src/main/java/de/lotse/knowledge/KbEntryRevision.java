package de.lotse.knowledge;

import de.lotse.knowledge.exchange.EntryData;
import de.lotse.shared.JsonColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.TenantId;
import tools.jackson.core.type.TypeReference;

/** One immutable state of an entry's content, with who made it and how. */
@Entity
@Table(name = "kb_entry_revision")
class KbEntryRevision {

  @Id
  private UUID id;

  @TenantId
  private UUID tenantId;

  private UUID entryId;
  private int revision;

  @Convert(converter = ContentJson.class)
  @ColumnTransformer(write = "?::jsonb")
  @Column(columnDefinition = "jsonb")
  private EntryData content;

  private String change;
  private String changedBy;
  private Instant changedAt;

  protected KbEntryRevision() {}

  KbEntryRevision(
      UUID entryId,
      int revision,
      EntryData content,
      String change,
      String changedBy,
      Instant changedAt) {
    this.id = UUID.randomUUID();
    this.entryId = entryId;
    this.revision = revision;
    this.content = content;
    this.change = change;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
  }

  UUID entryId() {
    return entryId;
  }

  int revision() {
    return revision;
  }

  EntryData content() {
    return content;
  }

  String change() {
    return change;
  }

  String changedBy() {
    return changedBy;
  }

  Instant changedAt() {
    return changedAt;
  }

  @Converter
  static class ContentJson extends JsonColumn<EntryData> {
    ContentJson() {
      super(new TypeReference<>() {});
    }
  }
}
