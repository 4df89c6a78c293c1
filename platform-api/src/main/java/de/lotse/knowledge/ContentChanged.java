package de.lotse.knowledge;

import java.util.Set;
import java.util.UUID;

/**
 * Published content of a tenant changed. Listeners rebuild what depends on it (the answer index).
 *
 * @param tenantId the office whose content changed
 * @param entryKeys keys of the entries that changed; empty means "everything may have changed"
 * @param fromOtherInstance true when the change was relayed from another platform instance, so it
 *     must not be relayed again
 */
public record ContentChanged(UUID tenantId, Set<String> entryKeys, boolean fromOtherInstance) {

  public ContentChanged {
    entryKeys = Set.copyOf(entryKeys);
  }

  public boolean affectsEverything() {
    return entryKeys.isEmpty();
  }
}
