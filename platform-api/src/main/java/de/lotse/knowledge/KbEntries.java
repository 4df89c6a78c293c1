package de.lotse.knowledge;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

/** Runs inside {@code TenantScope}, like every tenant-owned repository. */
interface KbEntries extends JpaRepository<KbEntry, UUID> {

  Optional<KbEntry> findByKey(String key);

  /**
   * Locks the entry's row until the transaction ends, so that two editors saving at once are
   * ordered and the second one sees the first one's revision number (and gets a conflict).
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  Optional<KbEntry> findLockedByKey(String key);
}
