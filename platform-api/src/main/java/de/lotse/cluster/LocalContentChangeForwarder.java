package de.lotse.cluster;

import de.lotse.knowledge.ContentChanged;
import de.lotse.tenant.TenantChanged;
import java.util.Set;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Announces this instance's content changes to the others once they are committed. */
class LocalContentChangeForwarder {

  private final ContentChangeRelay relay;

  LocalContentChangeForwarder(ContentChangeRelay relay) {
    this.relay = relay;
  }

  /**
   * After commit, so other instances never rebuild from data that is rolled back; {@code
   * fallbackExecution} because a change published outside a transaction is committed already.
   */
  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void forward(ContentChanged change) {
    if (!change.fromOtherInstance()) {
      relay.publish(change);
    }
  }

  /**
   * An office's settings (languages, thresholds) shape its index, and a new office needs one: other
   * instances rebuild the whole office.
   */
  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void forward(TenantChanged change) {
    relay.publish(new ContentChanged(change.tenantId(), Set.of(), false));
  }
}
