package de.lotse.audit;

import de.lotse.shared.TenantScope;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records who changed what in an office, and reads it back for the office's administrators. */
@Component
public class AuditTrail {

  private final AuditEntries entries;
  private final Clock clock;
  private final TenantScope scope;

  AuditTrail(AuditEntries entries, Clock clock, TenantScope scope) {
    this.entries = entries;
    this.clock = clock;
    this.scope = scope;
  }

  /** Joins the caller's tenant transaction, so the record and the change commit together. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(String actor, String action, String target, Map<String, Object> detail) {
    entries.save(new AuditEntry(clock.instant(), actor, action, target, detail));
  }

  /** One page of the office's audit trail, newest first. */
  public AuditPage page(UUID tenantId, int page, int size) {
    return scope.read(tenantId, () -> {
      Page<AuditEntry> found = entries.findAll(
          PageRequest.of(page, size, Sort.by(Sort.Order.desc("at"), Sort.Order.desc("id"))));
      return new AuditPage(
          found.map(AuditEntry::toRecord).toList(), page, size, found.getTotalElements());
    });
  }
}
