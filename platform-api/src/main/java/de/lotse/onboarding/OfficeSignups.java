package de.lotse.onboarding;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface OfficeSignups extends JpaRepository<OfficeSignup, UUID> {

  List<OfficeSignup> findAllByOrderByCreatedAtDesc();

  List<OfficeSignup> findByStatusOrderByCreatedAtDesc(String status);

  boolean existsBySlugAndStatus(String slug, String status);

  boolean existsByEmailDomainAndStatus(String emailDomain, String status);
}
