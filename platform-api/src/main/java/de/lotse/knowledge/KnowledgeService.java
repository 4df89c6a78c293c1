package de.lotse.knowledge;

import de.lotse.audit.AuditTrail;
import de.lotse.knowledge.exchange.CategoryData;
import de.lotse.knowledge.exchange.EntryData;
import de.lotse.knowledge.exchange.ExchangeFormatReader;
import de.lotse.knowledge.exchange.ExchangeFormatWriter;
import de.lotse.knowledge.exchange.InvalidKnowledgeBaseException;
import de.lotse.knowledge.exchange.KnowledgeBaseFile;
import de.lotse.shared.TenantScope;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * An office's knowledge base: import and export in the exchange format, and the published
 * content the answer engine serves.
 */
@Service
public class KnowledgeService {

  private final TenantScope scope;
  private final KbEntries entries;
  private final KbRevisions revisions;
  private final KbCategories categories;
  private final KbSynonymGroups synonyms;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final ExchangeFormatReader reader;

  KnowledgeService(
      TenantScope scope,
      KbEntries entries,
      KbRevisions revisions,
      KbCategories categories,
      KbSynonymGroups synonyms,
      AuditTrail audit,
      ApplicationEventPublisher events,
      Clock clock,
      KnowledgeProperties properties) {
    this.scope = scope;
    this.entries = entries;
    this.revisions = revisions;
    this.categories = categories;
    this.synonyms = synonyms;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
    this.reader = new ExchangeFormatReader(properties.maxImportBytes().toBytes());
  }

  /**
   * Imports a whole file, all or nothing: the file is validated completely before anything is
   * written, and the writes share one transaction. Entries are matched by key; entries missing
   * from the file stay as they are.
   *
   * @param publish whether the imported state becomes what citizens see right away
   */
  public ImportReport importFile(UUID tenantId, InputStream file, String actor, boolean publish)
      throws InvalidKnowledgeBaseException {
    KnowledgeBaseFile kb = reader.read(file);
    return scope.write(tenantId, () -> {
      Instant now = clock.instant();
      boolean structureChanged = upsertCategories(kb.categories());
      structureChanged |= upsertSynonyms(kb.synonyms());
      ImportCounter counter = new ImportCounter();
      Map<String, KbEntry> existing =
          entries.findAll().stream().collect(Collectors.toMap(KbEntry::key, Function.identity()));
      Map<UUID, EntryData> currentContent = revisions.findCurrentIncludingDeleted().stream()
          .collect(Collectors.toMap(KbEntryRevision::entryId, KbEntryRevision::content));
      for (EntryData data : kb.entries()) {
        KbEntry entry = existing.get(data.key());
        if (entry == null) {
          entry = entries.save(new KbEntry(data.key(), now));
          addRevision(entry, data, "imported", actor, now);
          counter.created.add(data.key());
        } else if (entry.deleted() || !data.equals(currentContent.get(entry.id()))) {
          addRevision(entry, data, "imported", actor, now);
          counter.updated.add(data.key());
        } else {
          counter.unchanged++;
        }
        if (publish && !entry.isPublishedCurrent()) {
          entry.publishCurrent(now);
          counter.published.add(data.key());
        }
      }
      ImportReport report = new ImportReport(
          counter.created.size(),
          counter.updated.size(),
          counter.unchanged,
          counter.published.size());
      audit.record(
          actor,
          "knowledge.import",
          null,
          Map.of(
              "created",
              report.created(),
              "updated",
              report.updated(),
              "unchanged",
              report.unchanged(),
              "published",
              report.published()));
      if (structureChanged) {
        events.publishEvent(new ContentChanged(tenantId, Set.of(), false));
      } else if (!counter.published.isEmpty()) {
        events.publishEvent(new ContentChanged(tenantId, counter.published, false));
      }
      return report;
    });
  }

  /** Writes the office's current content (drafts included) in the exchange format. */
  public void exportFile(UUID tenantId, String name, String defaultLanguage, OutputStream out) {
    KnowledgeBaseFile kb = scope.read(tenantId, () -> {
      List<CategoryData> categoryData = categories.findAllByOrderByPositionAsc().stream()
          .map(c -> new CategoryData(c.key(), c.titles()))
          .toList();
      List<EntryData> entryData =
          revisions.findCurrent().stream().map(KbEntryRevision::content).toList();
      Map<String, List<List<String>>> synonymData = new LinkedHashMap<>();
      synonyms.findAll().stream()
          .sorted(java.util.Comparator.comparing(KbSynonyms::language))
          .forEach(s -> synonymData.put(s.language(), s.groups()));
      Set<String> languages = new java.util.TreeSet<>();
      entryData.forEach(e -> languages.addAll(e.translations().keySet()));
      languages.remove(defaultLanguage);
      List<String> languageList = new ArrayList<>();
      languageList.add(defaultLanguage);
      languageList.addAll(languages);
      return new KnowledgeBaseFile(
          name, defaultLanguage, languageList, categoryData, entryData, synonymData);
    });
    new ExchangeFormatWriter().write(kb, out);
  }

  /** The content citizens see, for the answer engine. */
  public PublishedContent published(UUID tenantId) {
    return scope.read(
        tenantId,
        () -> new PublishedContent(
            revisions.findPublished().stream().map(KbEntryRevision::content).toList(),
            synonyms.findAll().stream()
                .collect(Collectors.toMap(KbSynonyms::language, KbSynonyms::groups))));
  }

  /** The published state of some entries; keys without a published entry are left out. */
  public List<EntryData> published(UUID tenantId, Set<String> keys) {
    return scope.read(
        tenantId,
        () ->
            revisions.findPublished(keys).stream().map(KbEntryRevision::content).toList());
  }

  public long countEntries(UUID tenantId) {
    return scope.read(tenantId, entries::count);
  }

  private void addRevision(
      KbEntry entry, EntryData data, String change, String actor, Instant now) {
    int revision = entry.nextRevision(now);
    revisions.save(new KbEntryRevision(entry.id(), revision, data, change, actor, now));
  }

  private boolean upsertCategories(List<CategoryData> incoming) {
    Map<String, KbCategory> existing = categories.findAll().stream()
        .collect(Collectors.toMap(KbCategory::key, Function.identity()));
    boolean changed = false;
    for (int i = 0; i < incoming.size(); i++) {
      CategoryData data = incoming.get(i);
      KbCategory category = existing.get(data.key());
      if (category == null) {
        categories.save(new KbCategory(data.key(), data.title(), i));
        changed = true;
      } else {
        changed |= category.update(data.title(), i);
      }
    }
    return changed;
  }

  private boolean upsertSynonyms(Map<String, List<List<String>>> incoming) {
    Map<String, KbSynonyms> existing = synonyms.findAll().stream()
        .collect(Collectors.toMap(KbSynonyms::language, Function.identity()));
    boolean changed = false;
    for (var language : incoming.entrySet()) {
      KbSynonyms current = existing.get(language.getKey());
      if (current == null) {
        synonyms.save(new KbSynonyms(language.getKey(), language.getValue()));
        changed = true;
      } else {
        changed |= current.replace(language.getValue());
      }
    }
    return changed;
  }

  private static final class ImportCounter {
    final Set<String> created = new HashSet<>();
    final Set<String> updated = new HashSet<>();
    final Set<String> published = new HashSet<>();
    int unchanged;
  }

  /** Published entries and the office's synonym groups by language. */
  public record PublishedContent(
      List<EntryData> entries, Map<String, List<List<String>>> synonyms) {}
}
