package de.lotse.knowledge;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface KbSynonymGroups extends JpaRepository<KbSynonyms, UUID> {}
