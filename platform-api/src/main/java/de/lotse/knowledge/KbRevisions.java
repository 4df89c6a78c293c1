package de.lotse.knowledge;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Entry revisions. Each query runs inside {@code TenantScope}, where Hibernate's tenant filter and
 * PostgreSQL's row-level security both restrict it to the current office.
 */
interface KbRevisions extends JpaRepository<KbEntryRevision, UUID> {

  @Query("select r from KbEntryRevision r, KbEntry e"
      + " where r.entryId = e.id and r.revision = e.currentRevision and e.deleted = false"
      + " order by e.key")
  List<KbEntryRevision> findCurrent();

  @Query("select r from KbEntryRevision r, KbEntry e"
      + " where r.entryId = e.id and r.revision = e.publishedRevision and e.deleted = false")
  List<KbEntryRevision> findPublished();

  @Query("select r from KbEntryRevision r, KbEntry e"
      + " where r.entryId = e.id and r.revision = e.publishedRevision and e.deleted = false"
      + " and e.key in :keys")
  List<KbEntryRevision> findPublished(@Param("keys") Collection<String> keys);

  @Query("select r from KbEntryRevision r, KbEntry e"
      + " where r.entryId = e.id and r.revision = e.currentRevision")
  List<KbEntryRevision> findCurrentIncludingDeleted();

  List<KbEntryRevision> findByEntryIdOrderByRevisionDesc(UUID entryId);

  java.util.Optional<KbEntryRevision> findByEntryIdAndRevision(UUID entryId, int revision);
}
