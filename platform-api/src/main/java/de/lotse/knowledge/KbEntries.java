package de.lotse.knowledge;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Runs inside {@code TenantScope}, like every tenant-owned repository. */
interface KbEntries extends JpaRepository<KbEntry, UUID> {}
