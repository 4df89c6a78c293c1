package de.lotse.shared;

import java.util.Collection;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way to touch tenant-owned data: runs work in a transaction that belongs to one tenant.
 *
 * <p>It arms both walls between offices. The application wall: Hibernate's {@code @TenantId}
 * filter reads the tenant from here when the session opens, which is why the tenant is bound
 * before the transaction begins. The database wall: {@code app.tenant_id} is set with {@code
 * set_config(..., true)}, local to this transaction, and every row-level-security policy compares
 * against it; a connection back in the pool carries no tenant.
 */
@Component
public class TenantScope {

  /** Used when no tenant is bound: matches no row. */
  public static final UUID NO_TENANT = new UUID(0, 0);

  private static final ThreadLocal<UUID> CURRENT = new ThreadLocal<>();

  private final TransactionTemplate writeTransactions;
  private final TransactionTemplate readTransactions;
  private final JdbcTemplate jdbc;

  TenantScope(PlatformTransactionManager transactionManager, JdbcTemplate jdbc) {
    // Always a transaction of its own: work started from an after-commit listener must not
    // run in the transaction that has just committed (its tenant setting is gone).
    this.writeTransactions = new TransactionTemplate(transactionManager);
    this.writeTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.readTransactions = new TransactionTemplate(transactionManager);
    this.readTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.readTransactions.setReadOnly(true);
    this.jdbc = jdbc;
  }

  /** The tenant bound to this thread, or {@link #NO_TENANT}. */
  public static UUID current() {
    UUID tenant = CURRENT.get();
    return tenant == null ? NO_TENANT : tenant;
  }

  public <T> T write(UUID tenantId, Supplier<T> work) {
    return inTenant(tenantId, writeTransactions, work);
  }

  public void write(UUID tenantId, Runnable work) {
    inTenant(tenantId, writeTransactions, () -> {
      work.run();
      return null;
    });
  }

  public <T> T read(UUID tenantId, Supplier<T> work) {
    return inTenant(tenantId, readTransactions, work);
  }

  /**
   * Reads across several tenants at once, for the ministry's statistics: a read-only transaction
   * with no tenant set (so every table's {@code tenant_isolation} policy shows nothing) and
   * {@code app.pilot_tenants} set to {@code tenantIds}, which only the tables with a {@code
   * pilot_read} policy honour: the statistics' aggregates and topic index (see migration V5). The
   * raw conversation log and the knowledge base stay invisible here.
   */
  public <T> T readAcross(Collection<UUID> tenantIds, Supplier<T> work) {
    if (CURRENT.get() != null) {
      throw new IllegalStateException("already working for a tenant in this thread");
    }
    String tenants =
        tenantIds.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    return readTransactions.execute(status -> {
      jdbc.queryForObject("select set_config('app.pilot_tenants', ?, true)", String.class, tenants);
      // Plans for these queries depend on their arguments (arrays of hundreds of offices or
      // topic signatures); a generic plan cached by the connection after a few runs guessed a
      // nested loop that took 20 s instead of 2.
      jdbc.queryForObject(
          "select set_config('plan_cache_mode', 'force_custom_plan', true)", String.class);
      return work.get();
    });
  }

  private <T> T inTenant(UUID tenantId, TransactionTemplate transactions, Supplier<T> work) {
    if (tenantId == null || NO_TENANT.equals(tenantId)) {
      throw new IllegalArgumentException("a tenant id is required");
    }
    UUID active = CURRENT.get();
    if (active != null) {
      if (!active.equals(tenantId)) {
        throw new IllegalStateException("already working for another tenant in this thread");
      }
      return work.get(); // same tenant, same transaction: the setting is already in place
    }
    // Bound before the transaction begins: Hibernate asks for the tenant when the session opens.
    CURRENT.set(tenantId);
    try {
      return transactions.execute(status -> {
        try {
          jdbc.queryForObject(
              "select set_config('app.tenant_id', ?, true)", String.class, tenantId.toString());
          return work.get();
        } finally {
          // After-commit listeners of this transaction run outside it and get their own.
          CURRENT.remove();
        }
      });
    } finally {
      CURRENT.remove();
    }
  }
}
