package de.lotse.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lotse.knowledge.exchange.EntryData;
import de.lotse.shared.TenantScope;
import de.lotse.support.PlatformIntegrationTest;
import de.lotse.support.TestOffices;
import de.lotse.tenant.TenantProfile;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The two walls between offices: Hibernate's tenant filter in the application, and row-level
 * security in PostgreSQL. Each is shown to hold on its own, and the policies are shown to be what
 * hides the rows (with them switched off, the same query sees other offices).
 */
@PlatformIntegrationTest
class TenantIsolationIntegrationTests {

  @Autowired
  TestOffices offices;

  @Autowired
  TenantScope scope;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  PlatformTransactionManager transactions;

  @Autowired
  KbRevisions revisions;

  TenantProfile officeA;
  TenantProfile officeB;

  @BeforeEach
  void twoOffices() {
    officeA = offices.createWithKnowledge("iso-a", "kb/office-a.json");
    officeB = offices.createWithKnowledge("iso-b", "kb/office-b.json");
  }

  @Test
  void rowLevelSecurityShowsOnlyTheCurrentOfficesRowsToAQueryWithoutTenantCondition() {
    List<UUID> owners = scope.read(
        officeA.id(),
        () -> jdbc.queryForList("select distinct tenant_id from kb_entry", UUID.class));
    Integer entries = scope.read(
        officeA.id(), () -> jdbc.queryForObject("select count(*) from kb_entry", Integer.class));

    assertThat(owners).containsExactly(officeA.id());
    assertThat(entries).isEqualTo(5);
  }

  @Test
  void queryThatForgetsItsTenantSeesNoRowsAtAll() {
    Integer inTransaction = new TransactionTemplate(transactions)
        .execute(status -> jdbc.queryForObject("select count(*) from kb_entry", Integer.class));
    Integer autocommit =
        jdbc.queryForObject("select count(*) from kb_entry_revision", Integer.class);

    assertThat(inTransaction).isZero();
    assertThat(autocommit).isZero();
  }

  @Test
  void rowLevelSecurityRefusesToWriteARowForAnotherOffice() {
    assertThatThrownBy(() -> scope.write(
            officeA.id(),
            () -> jdbc.update(
                "insert into kb_category (id, tenant_id, key, titles, position)"
                    + " values (?, ?, 'smuggled', '{}', 0)",
                UUID.randomUUID(),
                officeB.id())))
        .isInstanceOf(DataAccessException.class)
        .rootCause()
        .hasMessageContaining("violates row-level security policy");
  }

  @Test
  void withThePoliciesSwitchedOffTheSameQuerySeesOtherOffices() {
    List<UUID> owners = inRolledBackTenantTransaction(officeA.id(), () -> {
      jdbc.execute("alter table kb_entry no force row level security");
      return jdbc.queryForList("select distinct tenant_id from kb_entry", UUID.class);
    });

    assertThat(owners).contains(officeA.id(), officeB.id());
  }

  @Test
  void hibernateTenantFilterAloneKeepsOtherOfficesEntriesOut() {
    // Database wall down for this transaction: only the application wall is left.
    List<String> keys = inRolledBackTenantTransaction(officeA.id(), () -> {
      jdbc.execute("alter table kb_entry no force row level security");
      jdbc.execute("alter table kb_entry_revision no force row level security");
      assertThat(jdbc.queryForList("select distinct tenant_id from kb_entry_revision", UUID.class))
          .contains(officeB.id());
      return revisions.findCurrent().stream()
          .map(KbEntryRevision::content)
          .map(EntryData::key)
          .toList();
    });

    assertThat(keys)
        .containsExactlyInAnyOrder(
            "extend-permit", "lost-passport", "lost-card", "blue-card", "appointment");
  }

  @Test
  void rowLevelSecurityAloneKeepsOtherOfficesEntriesOutWhenTheFilterPointsElsewhere() {
    // Hibernate filters for office A while the database setting says office B: no row is both.
    List<KbEntryRevision> rows = scope.read(officeA.id(), () -> {
      jdbc.queryForObject(
          "select set_config('app.tenant_id', ?, true)",
          String.class,
          officeB.id().toString());
      return revisions.findCurrent();
    });

    assertThat(rows).isEmpty();
  }

  private <T> T inRolledBackTenantTransaction(UUID tenantId, java.util.function.Supplier<T> work) {
    try {
      scope.write(tenantId, () -> {
        throw new RolledBack(work.get());
      });
      throw new AssertionError("unreachable");
    } catch (RolledBack rolledBack) {
      @SuppressWarnings("unchecked")
      T result = (T) rolledBack.result;
      return result;
    }
  }

  /** Carries a result out of a transaction that must not commit. */
  private static final class RolledBack extends RuntimeException {
    final transient Object result;

    RolledBack(Object result) {
      super(null, null, false, false);
      this.result = result;
    }
  }
}
