package de.lotse.knowledge;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface KbCategories extends JpaRepository<KbCategory, UUID> {
  List<KbCategory> findAllByOrderByPositionAsc();
}
