package de.lotse.tenant;

import de.lotse.answer.Thresholds;
import de.lotse.shared.JsonColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import tools.jackson.core.type.TypeReference;

/** The tenant registry row. Not tenant-owned itself: the public API looks offices up by slug. */
@Entity
@Table(name = "tenant")
class Tenant {

  @Id
  private UUID id;

  private String slug;
  private String displayName;
  private String botName;
  private String defaultLanguage;
  private String[] enabledLanguages;

  @Convert(converter = GreetingsJson.class)
  @ColumnTransformer(write = "?::jsonb")
  @Column(columnDefinition = "jsonb")
  private Map<String, String> greetings;

  @Convert(converter = BrandingJson.class)
  @ColumnTransformer(write = "?::jsonb")
  @Column(columnDefinition = "jsonb")
  private Branding branding;

  @Convert(converter = HandoffJson.class)
  @ColumnTransformer(write = "?::jsonb")
  @Column(columnDefinition = "jsonb")
  private Handoff handoff;

  private String[] allowedOrigins;
  private String privacyUrl;

  @Convert(converter = ThresholdsJson.class)
  @ColumnTransformer(write = "?::jsonb")
  @Column(columnDefinition = "jsonb")
  private Thresholds thresholds;

  @Column(name = "status")
  private String status;

  private Instant createdAt;
  private Instant updatedAt;

  protected Tenant() {}

  Tenant(UUID id, NewTenant spec, TenantStatus status, Instant now) {
    this.id = id;
    this.slug = spec.slug();
    this.status = status.dbValue();
    this.createdAt = now;
    apply(spec, now);
  }

  final void apply(NewTenant spec, Instant now) {
    this.displayName = spec.displayName();
    this.botName = spec.botName();
    this.defaultLanguage = spec.defaultLanguage();
    this.enabledLanguages = spec.enabledLanguages().toArray(String[]::new);
    this.greetings = Map.copyOf(spec.greetings());
    this.branding = spec.branding();
    this.handoff = spec.handoff();
    this.allowedOrigins = spec.allowedOrigins().toArray(String[]::new);
    this.privacyUrl = spec.privacyUrl();
    this.updatedAt = now;
  }

  /** @param thresholds null for the engine's defaults */
  void changeThresholds(Thresholds thresholds, Instant now) {
    this.thresholds = thresholds;
    this.updatedAt = now;
  }

  /** @param logoUrl the uploaded logo's URL, or null when it was removed */
  void changeLogoUrl(String logoUrl, Instant now) {
    Branding current = branding == null ? Branding.defaults() : branding;
    this.branding = new Branding(current.primaryColor(), current.accentColor(), logoUrl);
    this.updatedAt = now;
  }

  void setStatus(TenantStatus status, Instant now) {
    this.status = status.dbValue();
    this.updatedAt = now;
  }

  UUID id() {
    return id;
  }

  TenantProfile toProfile() {
    return new TenantProfile(
        id,
        slug,
        displayName,
        botName,
        defaultLanguage,
        List.of(enabledLanguages),
        greetings == null ? Map.of() : greetings,
        branding == null ? Branding.defaults() : branding,
        handoff == null ? Handoff.none() : handoff,
        allowedOrigins == null ? List.of() : Arrays.asList(allowedOrigins),
        privacyUrl,
        thresholds == null ? Thresholds.defaults() : thresholds,
        TenantStatus.valueOf(status.toUpperCase(java.util.Locale.ROOT)));
  }

  @Converter
  static class GreetingsJson extends JsonColumn<Map<String, String>> {
    GreetingsJson() {
      super(new TypeReference<>() {});
    }
  }

  @Converter
  static class BrandingJson extends JsonColumn<Branding> {
    BrandingJson() {
      super(new TypeReference<>() {});
    }
  }

  @Converter
  static class HandoffJson extends JsonColumn<Handoff> {
    HandoffJson() {
      super(new TypeReference<>() {});
    }
  }

  @Converter
  static class ThresholdsJson extends JsonColumn<Thresholds> {
    ThresholdsJson() {
      super(new TypeReference<>() {});
    }
  }
}
