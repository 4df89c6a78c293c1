package de.lotse.cluster;

import de.lotse.knowledge.ContentChanged;
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
}
