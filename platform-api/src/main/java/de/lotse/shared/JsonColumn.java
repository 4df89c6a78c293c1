package de.lotse.shared;

import jakarta.persistence.AttributeConverter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Maps a record to a {@code jsonb} column. Pair it with {@code @ColumnTransformer(write =
 * "?::jsonb")}: Hibernate 7.2's own JSON mapping expects Jackson 2, and this platform runs on
 * Jackson 3.
 */
public abstract class JsonColumn<T> implements AttributeConverter<T, String> {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final TypeReference<T> type;

  protected JsonColumn(TypeReference<T> type) {
    this.type = type;
  }

  @Override
  public String convertToDatabaseColumn(T value) {
    return value == null ? null : JSON.writeValueAsString(value);
  }

  @Override
  public T convertToEntityAttribute(String column) {
    return column == null ? null : JSON.readValue(column, type);
  }
}
