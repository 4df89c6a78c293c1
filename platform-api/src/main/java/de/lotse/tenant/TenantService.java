package de.lotse.tenant;

import de.lotse.audit.AuditTrail;
import de.lotse.shared.TenantScope;
import de.lotse.shared.web.ApiProblem;
import de.lotse.shared.web.ProblemType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates offices and changes their settings and status. */
@Service
public class TenantService {

  private final TenantRepository tenants;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final TenantScope scope;
  private final AuditTrail audit;

  TenantService(
      TenantRepository tenants,
      ApplicationEventPublisher events,
      Clock clock,
      TenantScope scope,
      AuditTrail audit) {
    this.tenants = tenants;
    this.events = events;
    this.clock = clock;
    this.scope = scope;
    this.audit = audit;
  }

  @Transactional
  public TenantProfile create(NewTenant spec, TenantStatus status) {
    spec.validate();
    if (tenants.findBySlug(spec.slug()).isPresent()) {
      throw new ApiProblem(
          ProblemType.VALIDATION,
          "The slug is already taken.",
          List.of(new ApiProblem.FieldProblem("slug", "\"" + spec.slug() + "\" is taken")));
    }
    Tenant tenant = tenants.save(new Tenant(UUID.randomUUID(), spec, status, clock.instant()));
    events.publishEvent(new TenantChanged(tenant.id()));
    return tenant.toProfile();
  }

  @Transactional
  public TenantProfile changeStatus(UUID tenantId, TenantStatus status) {
    Tenant tenant = tenants
        .findById(tenantId)
        .orElseThrow(
            () -> new ApiProblem(ProblemType.TENANT_NOT_FOUND, "No office with this id exists."));
    tenant.setStatus(status, clock.instant());
    events.publishEvent(new TenantChanged(tenantId));
    return tenant.toProfile();
  }

  /**
   * An administrator changes the office's settings, checked as a whole; the answer index is
   * rebuilt with them and other instances pick them up within the refresh interval.
   */
  public TenantProfile updateSettings(UUID tenantId, TenantSettings settings, String actor) {
    // In the office's scope: the tenant row is no tenant-owned table, but its audit trail is.
    return scope.write(tenantId, () -> {
      Tenant tenant = require(tenantId);
      TenantProfile before = tenant.toProfile();
      NewTenant spec = keepUploadedLogo(settings.asSpec(before.slug()), before);
      spec.validate();
      Instant now = clock.instant();
      tenant.apply(spec, now);
      tenant.changeThresholds(settings.thresholds(), now);
      TenantProfile after = tenant.toProfile();
      audit.record(
          actor,
          "settings.updated",
          before.slug(),
          Map.of("changed", changedSettings(TenantSettings.of(before), TenantSettings.of(after))));
      events.publishEvent(new TenantChanged(tenantId));
      return after;
    });
  }

  /** The operator activates or suspends an office; recorded in the office's audit trail. */
  public TenantProfile changeStatus(UUID tenantId, TenantStatus status, String actor) {
    return scope.write(tenantId, () -> {
      Tenant tenant = require(tenantId);
      TenantStatus before = tenant.toProfile().status();
      tenant.setStatus(status, clock.instant());
      TenantProfile after = tenant.toProfile();
      audit.record(
          actor,
          "office.status",
          after.slug(),
          Map.of("from", before.dbValue(), "to", status.dbValue()));
      events.publishEvent(new TenantChanged(tenantId));
      return after;
    });
  }

  /**
   * The uploaded logo's URL is the platform's to set (it carries the logo's version): settings
   * sent back with an older one keep the current one, and with none uploaded it is none.
   */
  private static NewTenant keepUploadedLogo(NewTenant spec, TenantProfile before) {
    if (!LogoPaths.isUploaded(spec.branding().logoUrl(), before.slug())) {
      return spec;
    }
    String current = before.branding().logoUrl();
    return spec.withLogoUrl(LogoPaths.isUploaded(current, before.slug()) ? current : null);
  }

  private Tenant require(UUID tenantId) {
    return tenants
        .findById(tenantId)
        .orElseThrow(
            () -> new ApiProblem(ProblemType.TENANT_NOT_FOUND, "No office with this id exists."));
  }

  private static List<String> changedSettings(TenantSettings a, TenantSettings b) {
    List<String> changed = new ArrayList<>();
    addIfChanged(changed, "displayName", a.displayName(), b.displayName());
    addIfChanged(changed, "botName", a.botName(), b.botName());
    addIfChanged(changed, "defaultLanguage", a.defaultLanguage(), b.defaultLanguage());
    addIfChanged(changed, "enabledLanguages", a.enabledLanguages(), b.enabledLanguages());
    addIfChanged(changed, "greetings", a.greetings(), b.greetings());
    addIfChanged(changed, "branding", a.branding(), b.branding());
    addIfChanged(changed, "handoff", a.handoff(), b.handoff());
    addIfChanged(changed, "allowedOrigins", a.allowedOrigins(), b.allowedOrigins());
    addIfChanged(changed, "privacyUrl", a.privacyUrl(), b.privacyUrl());
    addIfChanged(changed, "thresholds", a.thresholds(), b.thresholds());
    return changed;
  }

  private static void addIfChanged(List<String> changed, String name, Object a, Object b) {
    if (!Objects.equals(a, b)) {
      changed.add(name);
    }
  }

  @Transactional(readOnly = true)
  public Optional<TenantProfile> findBySlug(String slug) {
    return tenants.findBySlug(slug).map(Tenant::toProfile);
  }

  @Transactional(readOnly = true)
  public List<TenantProfile> all() {
    return tenants.findAll().stream().map(Tenant::toProfile).toList();
  }
}
