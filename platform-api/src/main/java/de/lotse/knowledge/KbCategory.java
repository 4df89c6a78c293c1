package de.lotse.knowledge;

import de.lotse.shared.JsonColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.TenantId;
import tools.jackson.core.type.TypeReference;

@Entity
@Table(name = "kb_category")
class KbCategory {

  @Id
  private UUID id;

  @TenantId
  private UUID tenantId;

  private String key;

  @Convert(converter = TitlesJson.class)
  @ColumnTransformer(write = "?::jsonb")
  @Column(columnDefinition = "jsonb")
  private Map<String, String> titles;

  private int position;

  protected KbCategory() {}

  KbCategory(String key, Map<String, String> titles, int position) {
    this.id = UUID.randomUUID();
    this.key = key;
    update(titles, position);
  }

  /** Returns whether anything changed. */
  boolean update(Map<String, String> titles, int position) {
    boolean changed = !titles.equals(this.titles) || position != this.position;
    this.titles = Map.copyOf(titles);
    this.position = position;
    return changed;
  }

  String key() {
    return key;
  }

  Map<String, String> titles() {
    return titles;
  }

  int position() {
    return position;
  }

  @Converter
  static class TitlesJson extends JsonColumn<Map<String, String>> {
    TitlesJson() {
      super(new TypeReference<>() {});
    }
  }
}
