package de.lotse.audit;

import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records who changed what in an office. Joins the caller's tenant transaction. */
@Component
public class AuditTrail {

  private final AuditEntries entries;
  private final Clock clock;

  AuditTrail(AuditEntries entries, Clock clock) {
    this.entries = entries;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void record(String actor, String action, String target, Map<String, Object> detail) {
    entries.save(new AuditEntry(clock.instant(), actor, action, target, detail));
  }
}
