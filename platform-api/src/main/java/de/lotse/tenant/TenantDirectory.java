package de.lotse.tenant;

import de.lotse.shared.web.ApiProblem;
import de.lotse.shared.web.ProblemType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The offices as the chat hot path sees them: an in-memory copy of the tenant registry, so that
 * a citizen's question costs no database round trip to find its office.
 *
 * <p>It reloads after a local change and every few seconds, which is how a change made on another
 * instance arrives here (offices change rarely; a few seconds' delay is fine for settings).
 */
@Component
public class TenantDirectory {

  private final TenantService tenants;
  private volatile Map<String, TenantProfile> bySlug = Map.of();

  TenantDirectory(TenantService tenants) {
    this.tenants = tenants;
  }

  @Scheduled(fixedDelayString = "${lotse.tenants.refresh-interval:5s}")
  public void reload() {
    bySlug = tenants.all().stream()
        .collect(Collectors.toUnmodifiableMap(TenantProfile::slug, Function.identity()));
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void onTenantChanged(TenantChanged event) {
    reload();
  }

  @EventListener(org.springframework.boot.context.event.ApplicationStartedEvent.class)
  void onStart() {
    reload();
  }

  public Optional<TenantProfile> findById(java.util.UUID tenantId) {
    return bySlug.values().stream().filter(t -> t.id().equals(tenantId)).findFirst();
  }

  public Optional<TenantProfile> find(String slug) {
    return Optional.ofNullable(bySlug.get(slug));
  }

  /** The office behind a public URL, if it may answer citizens; else the matching problem. */
  public TenantProfile requireServing(String slug) {
    TenantProfile tenant = bySlug.get(slug);
    if (tenant == null || tenant.status() == TenantStatus.PENDING) {
      throw new ApiProblem(
          ProblemType.TENANT_NOT_FOUND,
          "No office with the name \"" + abbreviate(slug) + "\" uses this service.");
    }
    if (tenant.status() == TenantStatus.SUSPENDED) {
      throw new ApiProblem(
          ProblemType.TENANT_UNAVAILABLE,
          "This office's chat is switched off at the moment. Please contact the office directly.");
    }
    return tenant;
  }

  public List<TenantProfile> active() {
    return bySlug.values().stream().filter(TenantProfile::isActive).toList();
  }

  public List<TenantProfile> all() {
    return List.copyOf(bySlug.values());
  }

  private static String abbreviate(String slug) {
    return slug.length() > 48 ? slug.substring(0, 48) + "…" : slug;
  }
}
