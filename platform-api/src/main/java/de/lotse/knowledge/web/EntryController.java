package de.lotse.knowledge.web;

import de.lotse.identity.Caller;
import de.lotse.identity.OfficeAccess;
import de.lotse.identity.OfficeArea;
import de.lotse.knowledge.EntryCatalog;
import de.lotse.knowledge.EntryDetail;
import de.lotse.knowledge.EntryEditor;
import de.lotse.knowledge.EntryPage;
import de.lotse.knowledge.EntryQuery;
import de.lotse.knowledge.EntryStatus;
import de.lotse.knowledge.RevisionSummary;
import de.lotse.knowledge.exchange.EntryData;
import de.lotse.knowledge.exchange.TranslationData;
import de.lotse.shared.web.ApiProblem;
import de.lotse.tenant.TenantProfile;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An office's knowledge-base entries: search, edit, publish, history. */
@RestController
@RequestMapping("/api/v1/admin/tenants/{slug}/entries")
@Tag(name = "Knowledge base (admin)")
class EntryController {

  private static final int MAX_PAGE_SIZE = 100;

  private final OfficeAccess access;
  private final EntryCatalog catalog;
  private final EntryEditor editor;

  EntryController(OfficeAccess access, EntryCatalog catalog, EntryEditor editor) {
    this.access = access;
    this.catalog = catalog;
    this.editor = editor;
  }

  @GetMapping
  EntryPage search(
      Caller caller,
      @PathVariable String slug,
      @RequestParam(name = "q", required = false) String text,
      @RequestParam(required = false) String category,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String missingLanguage,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    TenantProfile office = office(caller, slug);
    if (page < 0) {
      throw ApiProblem.invalidField("page", "must be 0 or more");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw ApiProblem.invalidField("size", "must be between 1 and " + MAX_PAGE_SIZE);
    }
    return catalog.search(
        office.id(),
        office.defaultLanguage(),
        new EntryQuery(text, category, status(status), missingLanguage, page, size));
  }

  @PostMapping
  ResponseEntity<EntryDetail> create(
      Caller caller, @PathVariable String slug, @RequestBody EntryBody body) {
    TenantProfile office = office(caller, slug);
    EntryDetail created = editor.create(office, body.content(body.key()), caller.username());
    return ResponseEntity.created(
            URI.create("/api/v1/admin/tenants/" + slug + "/entries/" + created.key()))
        .body(created);
  }

  @GetMapping("/{key}")
  EntryDetail get(Caller caller, @PathVariable String slug, @PathVariable String key) {
    return catalog.get(office(caller, slug).id(), key);
  }

  /** Saves a new revision; {@code revision} must be the one the editor loaded (else 409). */
  @PutMapping("/{key}")
  EntryDetail update(
      Caller caller,
      @PathVariable String slug,
      @PathVariable String key,
      @RequestBody EntryBody body) {
    TenantProfile office = office(caller, slug);
    if (body.revision() == null) {
      throw ApiProblem.invalidField(
          "revision",
          "is required: send the currentRevision you loaded, so no one's change is overwritten");
    }
    return editor.update(office, key, body.content(key), body.revision(), caller.username());
  }

  @DeleteMapping("/{key}")
  ResponseEntity<Void> delete(
      Caller caller,
      @PathVariable String slug,
      @PathVariable String key,
      @RequestParam(required = false) Integer revision) {
    editor.delete(office(caller, slug), key, revision, caller.username());
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{key}/publish")
  EntryDetail publish(
      Caller caller,
      @PathVariable String slug,
      @PathVariable String key,
      @RequestBody(required = false) RevisionBody body) {
    return editor.publish(
        office(caller, slug), key, body == null ? null : body.revision(), caller.username());
  }

  @PostMapping("/{key}/unpublish")
  EntryDetail unpublish(Caller caller, @PathVariable String slug, @PathVariable String key) {
    return editor.unpublish(office(caller, slug), key, caller.username());
  }

  @GetMapping("/{key}/revisions")
  List<RevisionSummary> history(
      Caller caller, @PathVariable String slug, @PathVariable String key) {
    return catalog.history(office(caller, slug).id(), key);
  }

  @GetMapping("/{key}/revisions/{revision}")
  RevisionSummary revision(
      Caller caller,
      @PathVariable String slug,
      @PathVariable String key,
      @PathVariable int revision) {
    return catalog.revision(office(caller, slug).id(), key, revision);
  }

  private TenantProfile office(Caller caller, String slug) {
    return access.require(caller, slug, OfficeArea.KNOWLEDGE_BASE);
  }

  private static EntryStatus status(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "draft" -> EntryStatus.DRAFT;
      case "published" -> EntryStatus.PUBLISHED;
      default -> throw ApiProblem.invalidField("status", "use draft or published");
    };
  }

  /**
   * An entry as editors send it.
   *
   * @param key only read when creating; an update takes the key from the URL
   * @param revision the revision the editor loaded; required for updates
   */
  record EntryBody(
      String key, String category, Map<String, TranslationData> translations, Integer revision) {

    EntryData content(String entryKey) {
      return new EntryData(entryKey, category, translations);
    }
  }

  /** @param revision optional: publish only if this is still the current revision */
  record RevisionBody(Integer revision) {}
}
