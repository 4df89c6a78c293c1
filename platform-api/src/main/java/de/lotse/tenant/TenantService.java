package de.lotse.tenant;

import de.lotse.shared.web.ApiProblem;
import de.lotse.shared.web.ProblemType;
import java.time.Clock;
import java.util.List;
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

  TenantService(TenantRepository tenants, ApplicationEventPublisher events, Clock clock) {
    this.tenants = tenants;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public TenantProfile create(NewTenant spec, TenantStatus status) {
    spec.validate();
    if (tenants.findBySlug(spec.slug()).isPresent()) {
      throw new ApiProblem(ProblemType.VALIDATION, "The slug is already taken.",
          List.of(new ApiProblem.FieldProblem("slug", "\"" + spec.slug() + "\" is taken")));
    }
    Tenant tenant = tenants.save(new Tenant(UUID.randomUUID(), spec, status, clock.instant()));
    events.publishEvent(new TenantChanged(tenant.id()));
    return tenant.toProfile();
  }

  @Transactional
  public TenantProfile changeStatus(UUID tenantId, TenantStatus status) {
    Tenant tenant = tenants.findById(tenantId).orElseThrow(() ->
        new ApiProblem(ProblemType.TENANT_NOT_FOUND, "No office with this id exists."));
    tenant.setStatus(status, clock.instant());
    events.publishEvent(new TenantChanged(tenantId));
    return tenant.toProfile();
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
