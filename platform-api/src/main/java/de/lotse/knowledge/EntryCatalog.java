package de.lotse.knowledge;

import de.lotse.knowledge.exchange.EntryData;
import de.lotse.knowledge.exchange.TranslationData;
import de.lotse.shared.TenantScope;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * Finding and reading an office's entries and their history.
 *
 * <p>Searching filters in memory over the office's current revisions: an office has at most 5,000
 * entries (the exchange format's limit), which is a few megabytes read once per search, and text
 * search over every language's titles, questions and answers needs no index of its own.
 */
@Service
public class EntryCatalog {

  private final TenantScope scope;
  private final KbEntries entries;
  private final KbRevisions revisions;

  EntryCatalog(TenantScope scope, KbEntries entries, KbRevisions revisions) {
    this.scope = scope;
    this.entries = entries;
    this.revisions = revisions;
  }

  public EntryPage search(UUID tenantId, String defaultLanguage, EntryQuery query) {
    return scope.read(tenantId, () -> {
      Map<UUID, EntryData> content = revisions.findCurrent().stream()
          .collect(Collectors.toMap(KbEntryRevision::entryId, KbEntryRevision::content));
      List<EntrySummary> matches = entries.findAll().stream()
          .filter(e -> !e.deleted() && content.containsKey(e.id()))
          .filter(e -> matches(e, content.get(e.id()), query))
          .sorted(Comparator.comparing(KbEntry::key))
          .map(e -> summary(e, content.get(e.id()), defaultLanguage))
          .toList();
      List<EntrySummary> page = matches.stream()
          .skip((long) query.page() * query.size())
          .limit(query.size())
          .toList();
      return new EntryPage(page, query.page(), query.size(), matches.size());
    });
  }

  public EntryDetail get(UUID tenantId, String key) {
    return scope.read(tenantId, () -> {
      KbEntry entry = existing(key);
      return EntryDetail.of(
          entry,
          revisions
              .findByEntryIdAndRevision(entry.id(), entry.currentRevision())
              .orElseThrow());
    });
  }

  /** Every revision of the entry, newest first, without content. Deleted entries keep theirs. */
  public List<RevisionSummary> history(UUID tenantId, String key) {
    return scope.read(tenantId, () -> {
      KbEntry entry = anyState(key);
      return revisions.findByEntryIdOrderByRevisionDesc(entry.id()).stream()
          .map(r -> RevisionSummary.of(r, entry, false))
          .toList();
    });
  }

  public RevisionSummary revision(UUID tenantId, String key, int revision) {
    return scope.read(tenantId, () -> {
      KbEntry entry = anyState(key);
      return revisions
          .findByEntryIdAndRevision(entry.id(), revision)
          .map(r -> RevisionSummary.of(r, entry, true))
          .orElseThrow(() -> KnowledgeProblems.revisionNotFound(key, revision));
    });
  }

  private KbEntry existing(String key) {
    return entries
        .findByKey(key)
        .filter(e -> !e.deleted())
        .orElseThrow(() -> KnowledgeProblems.entryNotFound(key));
  }

  private KbEntry anyState(String key) {
    return entries.findByKey(key).orElseThrow(() -> KnowledgeProblems.entryNotFound(key));
  }

  private static boolean matches(KbEntry entry, EntryData data, EntryQuery query) {
    if (query.category() != null && !query.category().equals(data.category())) {
      return false;
    }
    if (query.status() != null && query.status() != EntryStatus.of(entry)) {
      return false;
    }
    if (query.missingLanguage() != null
        && data.translations().containsKey(query.missingLanguage())) {
      return false;
    }
    return query.text() == null || query.text().isBlank() || containsText(data, query.text());
  }

  private static boolean containsText(EntryData data, String text) {
    String wanted = fold(text.strip());
    return Stream.concat(
            Stream.of(data.key()),
            data.translations().values().stream().flatMap(EntryCatalog::texts))
        .anyMatch(t -> t != null && fold(t).contains(wanted));
  }

  private static Stream<String> texts(TranslationData t) {
    return Stream.concat(Stream.of(t.title(), t.answer()), t.questions().stream());
  }

  private static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }

  private static EntrySummary summary(KbEntry entry, EntryData data, String defaultLanguage) {
    TranslationData main = data.translations()
        .getOrDefault(
            defaultLanguage, data.translations().values().stream().findFirst().orElse(null));
    return new EntrySummary(
        entry.key(),
        data.category(),
        main == null ? null : main.title(),
        List.copyOf(data.translations().keySet()),
        EntryStatus.of(entry),
        entry.currentRevision(),
        entry.publishedRevision(),
        entry.updatedAt());
  }
}
