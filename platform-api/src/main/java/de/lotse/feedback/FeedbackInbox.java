package de.lotse.feedback;

import de.lotse.answer.AnswerEngine;
import de.lotse.answer.QuestionGroupKey;
import de.lotse.audit.AuditTrail;
import de.lotse.chat.FeedbackItem;
import de.lotse.chat.FeedbackItems;
import de.lotse.feedback.QuestionGroupAssignments.Assignment;
import de.lotse.knowledge.AnswerIndexSync;
import de.lotse.knowledge.EntryCatalog;
import de.lotse.knowledge.EntryDetail;
import de.lotse.knowledge.EntryEditor;
import de.lotse.knowledge.exchange.EntryData;
import de.lotse.knowledge.exchange.TranslationData;
import de.lotse.shared.TenantScope;
import de.lotse.shared.web.ApiProblem;
import de.lotse.shared.web.ProblemType;
import de.lotse.tenant.TenantProfile;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * An office's feedback inbox: the questions its bot could not answer and the answers citizens
 * rated unhelpful, grouped by what they ask, with what editors decided about each group.
 *
 * <p><b>Grouping.</b> Two questions are in one group when the answer engine's analysis of the
 * language each is written in leaves the same set of terms ({@link AnswerEngine#groupKey}): word
 * order, case, umlaut spelling, punctuation, question and filler words and inflection do not
 * matter, so "wie lange dauert die Einbürgerung" and "Einbürgerung wie lange dauert es?" are one
 * group. Equal sets rather than a similarity score, so that a group keeps its identity (its id is
 * a hash of the terms) however many questions arrive: decisions are kept by it. What this does
 * not join: typos, synonyms and different words for one thing ("Pass" and "Reisepass") stay
 * separate groups; the office's synonyms are left out because they change with the content.
 *
 * <p><b>Decisions.</b> "Dismiss" holds for every question of the group, including later ones
 * (greetings and off-topic questions come back and need no second look; "reopen" undoes it).
 * Adding a question to an entry or making an entry of it resolves the questions asked until then;
 * a question of the same group asked afterwards was still not answered well, so it opens the
 * group again, which then shows the earlier decision.
 *
 * <p><b>Retention.</b> The questions are read from the conversation log and go with it when the
 * retention job purges it; decisions hold no citizen's words (only the group's hash) and stay.
 */
@Service
public class FeedbackInbox {

  /** The newest questions read per request; older ones are left out of the inbox. */
  static final int MAX_ITEMS = 50_000;

  private static final ZoneId OFFICE_TIME = ZoneId.of("Europe/Berlin");
  private static final int MAX_KEY_LENGTH = 64;
  private static final int MAX_TITLE_LENGTH = 200;
  private static final int MAX_SAMPLE_QUESTIONS = 50;
  private static final int MAX_SAMPLE_QUESTION_LENGTH = 500;

  private final FeedbackItems items;
  private final FeedbackDecisions decisions;
  private final QuestionGroupAssignments assignments;
  private final AnswerEngine engine;
  private final AnswerIndexSync indexes;
  private final EntryCatalog catalog;
  private final EntryEditor editor;
  private final AuditTrail audit;
  private final TenantScope scope;
  private final Clock clock;

  FeedbackInbox(
      FeedbackItems items,
      FeedbackDecisions decisions,
      QuestionGroupAssignments assignments,
      AnswerEngine engine,
      AnswerIndexSync indexes,
      EntryCatalog catalog,
      EntryEditor editor,
      AuditTrail audit,
      TenantScope scope,
      Clock clock) {
    this.items = items;
    this.decisions = decisions;
    this.assignments = assignments;
    this.engine = engine;
    this.indexes = indexes;
    this.catalog = catalog;
    this.editor = editor;
    this.audit = audit;
    this.scope = scope;
    this.clock = clock;
  }

  /** One page of groups, those with the most questions first (then the most recent). */
  public FeedbackGroupPage list(TenantProfile office, FeedbackQuery query) {
    Instant from = query.from() == null
        ? Instant.EPOCH
        : query.from().atStartOfDay(OFFICE_TIME).toInstant();
    Instant to = query.to() == null
        ? clock.instant().plusSeconds(1)
        : query.to().plusDays(1).atStartOfDay(OFFICE_TIME).toInstant();
    Map<String, List<FeedbackGroups.Keyed>> groups = groups(office, from, to);
    Map<String, FeedbackDecision> decided =
        scope.read(office.id(), () -> decisions.all(office.id()));
    List<Matching> matching = new ArrayList<>();
    groups.forEach((id, questions) -> {
      FeedbackDecision decision = decided.get(id);
      List<FeedbackGroups.Keyed> shown = questions.stream()
          .filter(k -> query.kind() == null || query.kind().matches(k.item()))
          .filter(k -> FeedbackGroups.statusOf(k.item(), decision) == query.status())
          .toList();
      if (!shown.isEmpty()) {
        matching.add(new Matching(id, shown, decision));
      }
    });
    // Questions come newest first, so a group's first one is its latest.
    matching.sort(Comparator.comparingInt((Matching m) -> m.questions().size())
        .reversed()
        .thenComparing(m -> m.questions().get(0).item().askedAt(), Comparator.reverseOrder())
        .thenComparing(Matching::id));
    List<FeedbackGroup> page = matching.stream()
        .skip((long) query.page() * query.size())
        .limit(query.size())
        .map(m -> FeedbackGroups.summarise(m.id(), query.status(), m.questions(), m.decision()))
        .toList();
    return new FeedbackGroupPage(page, query.page(), query.size(), matching.size());
  }

  /** A group with the questions a query selected of it. */
  private record Matching(
      String id, List<FeedbackGroups.Keyed> questions, FeedbackDecision decision) {}

  /**
   * Adds one wording of the group as a sample question to an entry's translation in the
   * wording's language (a new revision of the entry), and resolves the group.
   *
   * @param language the language of the wording; null for the group's most frequent language
   * @param question the wording, one of the group's; null for its most frequent one there
   * @param basedOnRevision the entry's revision the editor saw, or null
   * @param publish whether to publish the entry's new revision right away
   */
  public FeedbackOutcome addSampleQuestion(
      TenantProfile office,
      String groupId,
      String entryKey,
      String language,
      String question,
      Integer basedOnRevision,
      boolean publish,
      String actor) {
    if (entryKey == null || entryKey.isBlank()) {
      throw ApiProblem.invalidField(
          "entryKey", "is required: the key of the entry the question" + " belongs to");
    }
    List<FeedbackGroups.Keyed> group = requireGroup(office, groupId);
    String chosenLanguage = chooseLanguage(group, language);
    String wording = chooseWording(group, chosenLanguage, question);
    return scope.write(office.id(), () -> {
      EntryDetail entry = catalog.get(office.id(), entryKey);
      TranslationData translation = entry.translations().get(chosenLanguage);
      if (translation == null) {
        throw ApiProblem.invalidField(
            "language",
            "the entry \"" + entryKey + "\" has no"
                + " translation in \"" + chosenLanguage + "\"; add one (title and answer) first, or"
                + " choose another of the group's languages");
      }
      int revision = basedOnRevision == null ? entry.currentRevision() : basedOnRevision;
      EntryDetail updated = entry;
      if (!containsIgnoringCase(translation.questions(), wording)) {
        List<String> questions = new ArrayList<>(translation.questions());
        questions.add(wording);
        Map<String, TranslationData> translations = new LinkedHashMap<>(entry.translations());
        translations.put(
            chosenLanguage,
            new TranslationData(translation.title(), questions, translation.answer()));
        updated = editor.update(
            office,
            entryKey,
            new EntryData(entryKey, entry.category(), translations),
            revision,
            actor);
      }
      if (publish) {
        updated = editor.publish(office, entryKey, updated.currentRevision(), actor);
      }
      FeedbackDecision decision = resolve(
          office,
          groupId,
          "sample-question",
          entryKey,
          chosenLanguage,
          actor,
          Map.of("revision", updated.currentRevision()));
      return new FeedbackOutcome(groupId, decision, updated);
    });
  }

  /**
   * Creates a draft entry from the group: its wordings in the chosen language become the sample
   * questions (after any the editor gives), the most frequent one its title unless the editor
   * gives one. The editor supplies what a question cannot: the category and the answer, and a
   * translation in the office's default language when the questions are in another one.
   *
   * @param key null for one made of the question's words
   * @param language the language of the group's wordings to use; null for the most frequent
   */
  public FeedbackOutcome createEntry(
      TenantProfile office,
      String groupId,
      String key,
      String category,
      String language,
      Map<String, TranslationData> translations,
      boolean publish,
      String actor) {
    List<FeedbackGroups.Keyed> group = requireGroup(office, groupId);
    String chosenLanguage = chooseLanguage(group, language);
    Map<String, TranslationData> content =
        new LinkedHashMap<>(translations == null ? Map.of() : translations);
    content.put(chosenLanguage, prefilled(content.get(chosenLanguage), group, chosenLanguage));
    return scope.write(office.id(), () -> {
      String entryKey = key != null
          ? key
          : freeKey(office, suggestedKey(group, groupId, terms(office, group)), groupId);
      EntryDetail created =
          editor.create(office, new EntryData(entryKey, category, content), actor);
      if (publish) {
        created = editor.publish(office, entryKey, created.currentRevision(), actor);
      }
      FeedbackDecision decision = resolve(
          office,
          groupId,
          "entry-created",
          entryKey,
          chosenLanguage,
          actor,
          Map.of("revision", created.currentRevision()));
      return new FeedbackOutcome(groupId, decision, created);
    });
  }

  /** Marks the group as needing nothing, now and when the question comes again. */
  public FeedbackOutcome dismiss(TenantProfile office, String groupId, String actor) {
    requireGroup(office, groupId);
    return scope.write(office.id(), () -> {
      FeedbackDecision decision = new FeedbackDecision(
          FeedbackStatus.DISMISSED, "dismissed", null, null, clock.instant(), actor);
      decisions.save(office.id(), groupId, decision);
      audit.record(actor, "feedback.dismissed", groupId, Map.of());
      return new FeedbackOutcome(groupId, decision, null);
    });
  }

  /** Forgets the decision about a group: its questions are open again. */
  public void reopen(TenantProfile office, String groupId, String actor) {
    scope.write(office.id(), () -> {
      boolean hadDecision = decisions.delete(office.id(), groupId);
      if (!hadDecision) {
        requireGroup(office, groupId); // nothing to undo; an unknown group is still an error
        return;
      }
      audit.record(actor, "feedback.reopened", groupId, Map.of());
    });
  }

  private FeedbackDecision resolve(
      TenantProfile office,
      String groupId,
      String action,
      String entryKey,
      String language,
      String actor,
      Map<String, Object> detail) {
    FeedbackDecision decision = new FeedbackDecision(
        FeedbackStatus.RESOLVED, action, entryKey, language, clock.instant(), actor);
    decisions.save(office.id(), groupId, decision);
    Map<String, Object> auditDetail = new LinkedHashMap<>(detail);
    auditDetail.put("group", groupId);
    auditDetail.put("language", language);
    audit.record(actor, "feedback." + action, entryKey, auditDetail);
    return decision;
  }

  /**
   * Every question of the inbox, by group. The analysis behind a group (tens of microseconds per
   * question) runs once per question; later reads find its result stored.
   */
  private Map<String, List<FeedbackGroups.Keyed>> groups(
      TenantProfile office, Instant from, Instant to) {
    List<FeedbackItem> found = items.between(office.id(), from, to, MAX_ITEMS);
    if (found.isEmpty()) {
      return Map.of();
    }
    Map<UUID, Assignment> known = scope.read(office.id(), () -> assignments.all(office.id()));
    Map<UUID, Assignment> added = new HashMap<>();
    List<FeedbackGroups.Keyed> keyed = new ArrayList<>(found.size());
    for (FeedbackItem item : found) {
      Assignment assignment = known.get(item.messageId());
      if (assignment == null) {
        assignment = assign(office, item);
        added.put(item.messageId(), assignment);
      }
      keyed.add(new FeedbackGroups.Keyed(item, assignment.groupId(), assignment.language()));
    }
    if (!added.isEmpty()) {
      scope.write(office.id(), () -> assignments.add(office.id(), added));
    }
    return FeedbackGroups.byGroup(keyed);
  }

  private Assignment assign(TenantProfile office, FeedbackItem item) {
    indexes.ensureIndexed(office); // the language detector knows the office's vocabulary
    QuestionGroupKey key = engine.groupKey(office.slug(), item.question(), item.language());
    return new Assignment(key.id(), key.language());
  }

  /** The analysed terms the group's questions share. */
  private List<String> terms(TenantProfile office, List<FeedbackGroups.Keyed> group) {
    FeedbackGroups.Keyed sample = group.get(0);
    indexes.ensureIndexed(office);
    return engine
        .groupKey(office.slug(), sample.item().question(), sample.language())
        .terms();
  }

  private List<FeedbackGroups.Keyed> requireGroup(TenantProfile office, String groupId) {
    List<FeedbackGroups.Keyed> group = groupId == null
        ? null
        : groups(office, Instant.EPOCH, clock.instant().plusSeconds(1)).get(groupId);
    if (group == null) {
      throw new ApiProblem(
          ProblemType.FEEDBACK_GROUP_NOT_FOUND,
          "This office's inbox has no"
              + " group \"" + abbreviate(groupId)
              + "\". Its questions may have been deleted after the"
              + " retention period; reload the inbox.");
    }
    return group;
  }

  private static String chooseLanguage(List<FeedbackGroups.Keyed> group, String language) {
    List<String> languages = FeedbackGroups.byFrequency(
        group.stream().map(FeedbackGroups.Keyed::language).toList());
    if (language == null || language.isBlank()) {
      return languages.get(0);
    }
    if (!languages.contains(language)) {
      throw ApiProblem.invalidField(
          "language",
          "the group has no question in \"" + abbreviate(language) + "\"; it has " + languages);
    }
    return language;
  }

  private static String chooseWording(
      List<FeedbackGroups.Keyed> group, String language, String question) {
    List<FeedbackGroup.Variant> variants = FeedbackGroups.variants(
        group.stream().filter(k -> k.language().equals(language)).toList());
    if (question == null || question.isBlank()) {
      return variants.get(0).text();
    }
    return variants.stream()
        .map(FeedbackGroup.Variant::text)
        .filter(text -> FeedbackGroups.wording(text).equals(FeedbackGroups.wording(question)))
        .findFirst()
        .orElseThrow(() -> ApiProblem.invalidField(
            "question",
            "is not one of the group's" + " questions in \"" + language
                + "\"; leave it out for the most frequent one"));
  }

  /** The editor's translation in the questions' language, with the group's wordings added. */
  private static TranslationData prefilled(
      TranslationData given, List<FeedbackGroups.Keyed> group, String language) {
    List<FeedbackGroup.Variant> variants = FeedbackGroups.variants(
        group.stream().filter(k -> k.language().equals(language)).toList());
    Set<String> questions = new LinkedHashSet<>(given == null ? List.of() : given.questions());
    for (FeedbackGroup.Variant variant : variants) {
      if (questions.size() >= MAX_SAMPLE_QUESTIONS) {
        break;
      }
      if (variant.text().length() <= MAX_SAMPLE_QUESTION_LENGTH
          && !containsIgnoringCase(questions, variant.text())) {
        questions.add(variant.text());
      }
    }
    String title = given != null && given.title() != null
        ? given.title()
        : shorten(variants.get(0).text(), MAX_TITLE_LENGTH);
    return new TranslationData(
        title, List.copyOf(questions), given == null ? null : given.answer());
  }

  /**
   * A key of the question's own words, in their order, keeping those the engine found topical
   * (they share their start with one of the group's terms): "wie lange dauert die Einbürgerung"
   * gives "lange-dauert-einburgerung". Words outside a–z (Arabic, Cyrillic …) give no key; then
   * the group's id does.
   */
  static String suggestedKey(
      List<FeedbackGroups.Keyed> group, String groupId, List<String> groupTerms) {
    List<String> terms = groupTerms.stream().filter(t -> !t.startsWith("=")).toList();
    String question = FeedbackGroups.variants(group)
        .get(0)
        .text()
        .replaceAll("\\[[A-Z_]+]", " ") // the scrubber's placeholders are no topic
        .toLowerCase(Locale.ROOT)
        .replace("ß", "ss");
    String folded = Normalizer.normalize(question, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    StringJoiner key = new StringJoiner("-");
    for (String word : folded.split("[^a-z0-9]+")) {
      if (word.length() >= 3
          && terms.stream().anyMatch(t -> sharesStart(word, t))
          && key.length() + word.length() + 1 <= MAX_KEY_LENGTH) {
        key.add(word);
      }
    }
    return key.length() == 0 ? "feedback-" + groupId.substring(0, 8) : key.toString();
  }

  private static boolean sharesStart(String word, String term) {
    int needed = Math.min(4, Math.min(word.length(), term.length()));
    return word.regionMatches(0, term, 0, needed) && needed >= 3;
  }

  /** The suggested key, or with the group's id appended when an entry has it already. */
  private String freeKey(TenantProfile office, String suggested, String groupId) {
    try {
      catalog.get(office.id(), suggested);
    } catch (ApiProblem notFound) {
      if (notFound.type() == ProblemType.ENTRY_NOT_FOUND) {
        return suggested;
      }
      throw notFound;
    }
    String suffix = "-" + groupId.substring(0, 6);
    return shorten(suggested, MAX_KEY_LENGTH - suffix.length()).replaceAll("-+$", "") + suffix;
  }

  private static boolean containsIgnoringCase(
      java.util.Collection<String> questions, String question) {
    return questions.stream().anyMatch(q -> q.equalsIgnoreCase(question.strip()));
  }

  private static String shorten(String text, int max) {
    return text.codePointCount(0, text.length()) <= max
        ? text
        : text.substring(0, text.offsetByCodePoints(0, max));
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
