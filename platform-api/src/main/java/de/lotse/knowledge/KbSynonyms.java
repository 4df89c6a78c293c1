package de.lotse.knowledge;

import de.lotse.shared.JsonColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.TenantId;
import tools.jackson.core.type.TypeReference;

/** An office's synonym groups for one language. */
@Entity
@Table(name = "kb_synonyms")
class KbSynonyms {

  @Id
  private UUID id;

  @TenantId
  private UUID tenantId;

  private String language;

  @Convert(converter = GroupsJson.class)
  @ColumnTransformer(write = "?::jsonb")
  @Column(columnDefinition = "jsonb")
  private List<List<String>> groups;

  protected KbSynonyms() {}

  KbSynonyms(String language, List<List<String>> groups) {
    this.id = UUID.randomUUID();
    this.language = language;
    this.groups = groups;
  }

  boolean replace(List<List<String>> groups) {
    boolean changed = !groups.equals(this.groups);
    this.groups = groups;
    return changed;
  }

  String language() {
    return language;
  }

  List<List<String>> groups() {
    return groups;
  }

  @Converter
  static class GroupsJson extends JsonColumn<List<List<String>>> {
    GroupsJson() {
      super(new TypeReference<>() {});
    }
  }
}
