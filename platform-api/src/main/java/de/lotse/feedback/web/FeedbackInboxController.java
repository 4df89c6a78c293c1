package de.lotse.feedback.web;

import de.lotse.feedback.FeedbackGroup;
import de.lotse.feedback.FeedbackGroupPage;
import de.lotse.feedback.FeedbackInbox;
import de.lotse.feedback.FeedbackKind;
import de.lotse.feedback.FeedbackOutcome;
import de.lotse.feedback.FeedbackQuery;
import de.lotse.feedback.FeedbackStatus;
import de.lotse.identity.Caller;
import de.lotse.identity.OfficeAccess;
import de.lotse.identity.OfficeArea;
import de.lotse.knowledge.exchange.TranslationData;
import de.lotse.shared.web.ApiProblem;
import de.lotse.tenant.TenantProfile;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An office's feedback inbox: unanswered questions and unhelpful answers, grouped, with the
 * actions that resolve a group. For the office's editors and administrators only; ministry
 * analysts never see what citizens wrote.
 */
@RestController
@RequestMapping("/api/v1/admin/tenants/{slug}/feedback")
@Tag(name = "Feedback inbox (admin)")
class FeedbackInboxController {

  private static final int MAX_PAGE_SIZE = 100;
  static final String TOTAL_COUNT = "X-Total-Count";

  private final OfficeAccess access;
  private final FeedbackInbox inbox;

  FeedbackInboxController(OfficeAccess access, FeedbackInbox inbox) {
    this.access = access;
    this.inbox = inbox;
  }

  @Operation(
      summary = "Groups of similar questions, most asked first",
      description = "A JSON array (empty when nothing matches); the header X-Total-Count has the"
          + " number of matching groups over all pages. status defaults to open.")
  @GetMapping
  ResponseEntity<List<FeedbackGroup>> groups(
      Caller caller,
      @PathVariable String slug,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    TenantProfile office = office(caller, slug);
    if (page < 0) {
      throw ApiProblem.invalidField("page", "must be 0 or more");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw ApiProblem.invalidField("size", "must be between 1 and " + MAX_PAGE_SIZE);
    }
    LocalDate first = date("from", from);
    LocalDate last = date("to", to);
    if (first != null && last != null && last.isBefore(first)) {
      throw ApiProblem.invalidField("to", "must not be before from");
    }
    FeedbackGroupPage found = inbox.list(
        office,
        new FeedbackQuery(
            option("kind", kind, FeedbackKind.class),
            option("status", status, FeedbackStatus.class),
            first,
            last,
            page,
            size));
    return ResponseEntity.ok()
        .header(TOTAL_COUNT, String.valueOf(found.total()))
        .body(found.items());
  }

  @Operation(
      summary = "Add one of the group's questions to an entry as a sample question",
      description = "A new revision of the entry, with the question in the entry's translation"
          + " of the question's language; resolves the group.")
  @PostMapping("/{groupId}/sample-question")
  FeedbackOutcome addSampleQuestion(
      Caller caller,
      @PathVariable String slug,
      @PathVariable String groupId,
      @RequestBody SampleQuestionBody body) {
    TenantProfile office = office(caller, slug);
    return inbox.addSampleQuestion(
        office,
        groupId,
        body.entryKey(),
        body.language(),
        body.question(),
        body.revision(),
        Boolean.TRUE.equals(body.publish()),
        caller.username());
  }

  @Operation(
      summary = "Create a draft entry from the group",
      description = "Prefilled with the group's questions as sample questions and the most"
          + " frequent one as title; give the category and the answer. Resolves the group.")
  @PostMapping("/{groupId}/entry")
  ResponseEntity<FeedbackOutcome> createEntry(
      Caller caller,
      @PathVariable String slug,
      @PathVariable String groupId,
      @RequestBody NewEntryBody body) {
    TenantProfile office = office(caller, slug);
    FeedbackOutcome outcome = inbox.createEntry(
        office,
        groupId,
        body.key(),
        body.category(),
        body.language(),
        body.translations(),
        Boolean.TRUE.equals(body.publish()),
        caller.username());
    return ResponseEntity.created(URI.create("/api/v1/admin/tenants/" + office.slug() + "/entries/"
            + outcome.entry().key()))
        .body(outcome);
  }

  @Operation(summary = "Dismiss the group: its questions, now and later, need nothing")
  @PostMapping("/{groupId}/dismiss")
  FeedbackOutcome dismiss(Caller caller, @PathVariable String slug, @PathVariable String groupId) {
    return inbox.dismiss(office(caller, slug), groupId, caller.username());
  }

  @Operation(summary = "Undo the decision about a group: its questions are open again")
  @PostMapping("/{groupId}/reopen")
  ResponseEntity<Void> reopen(
      Caller caller, @PathVariable String slug, @PathVariable String groupId) {
    inbox.reopen(office(caller, slug), groupId, caller.username());
    return ResponseEntity.noContent().build();
  }

  private TenantProfile office(Caller caller, String slug) {
    return access.require(caller, slug, OfficeArea.FEEDBACK);
  }

  /** A parameter naming one of the enum's values in lower case; null when it is absent. */
  private static <E extends Enum<E>> E option(String field, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    List<E> values = List.of(type.getEnumConstants());
    String wanted = value.strip().toUpperCase(Locale.ROOT);
    return values.stream()
        .filter(v -> v.name().equals(wanted))
        .findFirst()
        .orElseThrow(() -> ApiProblem.invalidField(
            field,
            "use "
                + values.stream()
                    .map(v -> v.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "))));
  }

  private static LocalDate date(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw ApiProblem.invalidField(field, "use a date like 2025-03-31");
    }
  }

  /**
   * @param entryKey the entry to add the question to
   * @param language the question's language; leave it out for the group's most frequent one
   * @param question one of the group's wordings; leave it out for its most frequent one
   * @param revision the entry's revision you saw (optional; another one is a conflict)
   * @param publish publish the entry's new revision right away (default false)
   */
  record SampleQuestionBody(
      String entryKey, String language, String question, Integer revision, Boolean publish) {}

  /**
   * @param key the new entry's key; leave it out for one made of the question's words
   * @param category the key of the entry's category
   * @param language which of the group's languages to take the questions from; leave it out for
   *     the most frequent one
   * @param translations at least the answer in the questions' language, e.g. {@code {"de":
   *     {"answer": "…"}}}; title and sample questions there are prefilled. An entry in another
   *     language than the office's default also needs a full translation in the default one.
   * @param publish publish the new entry right away (default false)
   */
  record NewEntryBody(
      String key,
      String category,
      String language,
      Map<String, TranslationData> translations,
      Boolean publish) {}
}
