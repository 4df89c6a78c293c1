package de.lotse.audit;

import de.lotse.shared.JsonColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.TenantId;
import tools.jackson.core.type.TypeReference;

@Entity
@Table(name = "audit_log")
class AuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId
  private UUID tenantId;

  private Instant at;
  private String actor;
  private String action;
  private String target;

  @Convert(converter = DetailJson.class)
  @ColumnTransformer(write = "?::jsonb")
  @Column(columnDefinition = "jsonb")
  private Map<String, Object> detail;

  protected AuditEntry() {}

  AuditEntry(Instant at, String actor, String action, String target, Map<String, Object> detail) {
    this.at = at;
    this.actor = actor;
    this.action = action;
    this.target = target;
    this.detail = detail;
  }

  AuditRecord toRecord() {
    return new AuditRecord(id, at, actor, action, target, detail == null ? Map.of() : detail);
  }

  @Converter
  static class DetailJson extends JsonColumn<Map<String, Object>> {
    DetailJson() {
      super(new TypeReference<>() {});
    }
  }
}
