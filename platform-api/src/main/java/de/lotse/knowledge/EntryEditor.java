package de.lotse.knowledge;

import de.lotse.audit.AuditTrail;
import de.lotse.knowledge.exchange.EntryData;
import de.lotse.knowledge.exchange.ExchangeRules;
import de.lotse.knowledge.exchange.InvalidKnowledgeBaseException;
import de.lotse.shared.TenantScope;
import de.lotse.shared.web.ApiProblem;
import de.lotse.shared.web.ProblemType;
import de.lotse.tenant.TenantProfile;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Editors' changes to single entries. Every change of content is a new revision (the history is
 * append-only); publishing moves what citizens see to the current revision and reaches the answer
 * engine right after the commit. Every change is in the office's audit trail.
 */
@Service
public class EntryEditor {

  private final TenantScope scope;
  private final KbEntries entries;
  private final KbRevisions revisions;
  private final KbCategories categories;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  EntryEditor(
      TenantScope scope,
      KbEntries entries,
      KbRevisions revisions,
      KbCategories categories,
      AuditTrail audit,
      ApplicationEventPublisher events,
      Clock clock) {
    this.scope = scope;
    this.entries = entries;
    this.revisions = revisions;
    this.categories = categories;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /** A new entry, as a draft. A deleted entry's key may be used again: it is restored. */
  public EntryDetail create(TenantProfile office, EntryData content, String actor) {
    return scope.write(office.id(), () -> {
      EntryData checked = check(office, content);
      Instant now = clock.instant();
      KbEntry entry = entries.findLockedByKey(checked.key()).orElse(null);
      String change = "created";
      if (entry == null) {
        entry = entries.save(new KbEntry(checked.key(), now));
      } else if (entry.deleted()) {
        change = "restored";
      } else {
        throw new ApiProblem(
            ProblemType.ENTRY_EXISTS,
            "There already is an entry \"" + checked.key()
                + "\". Choose another key or edit that entry.");
      }
      KbEntryRevision revision =
          addRevision(entry, entry.nextRevision(now), checked, change, actor, now);
      audit.record(actor, "entry." + change, entry.key(), Map.of("revision", revision.revision()));
      return EntryDetail.of(entry, revision);
    });
  }

  /**
   * Saves new content as the next revision, if the editor worked on the current one.
   *
   * @param basedOnRevision the revision the editor loaded; another one means a conflict
   */
  public EntryDetail update(
      TenantProfile office, String key, EntryData content, int basedOnRevision, String actor) {
    return scope.write(office.id(), () -> {
      KbEntry entry = lockExisting(key);
      requireCurrent(entry, basedOnRevision);
      EntryData checked =
          check(office, new EntryData(key, content.category(), content.translations()));
      KbEntryRevision current = currentRevision(entry);
      if (checked.equals(current.content())) {
        return EntryDetail.of(entry, current); // nothing changed: no empty revision
      }
      Instant now = clock.instant();
      KbEntryRevision revision =
          addRevision(entry, entry.nextRevision(now), checked, "updated", actor, now);
      audit.record(actor, "entry.updated", key, Map.of("revision", revision.revision()));
      return EntryDetail.of(entry, revision);
    });
  }

  /** Deletes softly: a last revision marks the entry deleted, and citizens no longer see it. */
  public void delete(TenantProfile office, String key, Integer basedOnRevision, String actor) {
    scope.write(office.id(), () -> {
      KbEntry entry = lockExisting(key);
      if (basedOnRevision != null) {
        requireCurrent(entry, basedOnRevision);
      }
      boolean wasPublished = entry.publishedRevision() != null;
      KbEntryRevision last = currentRevision(entry);
      Instant now = clock.instant();
      int revision = entry.markDeleted(now);
      addRevision(entry, revision, last.content(), "deleted", actor, now);
      audit.record(actor, "entry.deleted", key, Map.of("revision", revision));
      if (wasPublished) {
        events.publishEvent(new ContentChanged(office.id(), Set.of(key), false));
      }
    });
  }

  /** Makes the current revision what citizens see; the chat answers with it right away. */
  public EntryDetail publish(
      TenantProfile office, String key, Integer basedOnRevision, String actor) {
    return scope.write(office.id(), () -> {
      KbEntry entry = lockExisting(key);
      if (basedOnRevision != null) {
        requireCurrent(entry, basedOnRevision);
      }
      if (!entry.isPublishedCurrent()) {
        entry.publishCurrent(clock.instant());
        audit.record(actor, "entry.published", key, Map.of("revision", entry.currentRevision()));
        events.publishEvent(new ContentChanged(office.id(), Set.of(key), false));
      }
      return EntryDetail.of(entry, currentRevision(entry));
    });
  }

  /** Takes the entry off the chat; its content stays for the editors. */
  public EntryDetail unpublish(TenantProfile office, String key, String actor) {
    return scope.write(office.id(), () -> {
      KbEntry entry = lockExisting(key);
      if (entry.publishedRevision() != null) {
        Integer was = entry.publishedRevision();
        entry.unpublish(clock.instant());
        audit.record(actor, "entry.unpublished", key, Map.of("revision", was));
        events.publishEvent(new ContentChanged(office.id(), Set.of(key), false));
      }
      return EntryDetail.of(entry, currentRevision(entry));
    });
  }

  private EntryData check(TenantProfile office, EntryData content) {
    Set<String> categoryKeys =
        categories.findAll().stream().map(KbCategory::key).collect(Collectors.toSet());
    try {
      return ExchangeRules.checkEntry(content, office.defaultLanguage(), categoryKeys);
    } catch (InvalidKnowledgeBaseException e) {
      throw KnowledgeProblems.rejected("entry", e);
    }
  }

  private KbEntry lockExisting(String key) {
    return entries
        .findLockedByKey(key)
        .filter(e -> !e.deleted())
        .orElseThrow(() -> KnowledgeProblems.entryNotFound(key));
  }

  private static void requireCurrent(KbEntry entry, int basedOnRevision) {
    if (entry.currentRevision() != basedOnRevision) {
      throw KnowledgeProblems.conflict(entry, basedOnRevision);
    }
  }

  private KbEntryRevision currentRevision(KbEntry entry) {
    return revisions
        .findByEntryIdAndRevision(entry.id(), entry.currentRevision())
        .orElseThrow(() -> new IllegalStateException("entry without its current revision"));
  }

  private KbEntryRevision addRevision(
      KbEntry entry, int number, EntryData content, String change, String actor, Instant now) {
    return revisions.save(new KbEntryRevision(entry.id(), number, content, change, actor, now));
  }
}
