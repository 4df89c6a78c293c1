package de.lotse.knowledge.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Checks and maps the {@code entries} of a file; see {@link KnowledgeBaseMapper}. */
final class EntryMapper {

  private static final int CATEGORY_KEYS_SHOWN = 10;

  private final JsonFields fields;
  private final ProblemCollector problems;
  private final String defaultLanguage;
  private final Set<String> categoryKeys;
  private final Map<String, Integer> indexByKey = new HashMap<>();

  /**
   * @param defaultLanguage the file's valid default language, {@code null} when it has none
   * @param categoryKeys keys of the categories the file defines; when empty, entries may name any
   *     category
   */
  EntryMapper(
      JsonFields fields,
      ProblemCollector problems,
      String defaultLanguage,
      Set<String> categoryKeys) {
    this.fields = fields;
    this.problems = problems;
    this.defaultLanguage = defaultLanguage;
    this.categoryKeys = categoryKeys;
  }

  List<EntryData> entries(ObjectNode file) {
    FieldPath root = FieldPath.root();
    ArrayNode list =
        fields.requiredArray(file, "entries", root, "a list of entries (it may be empty)");
    if (list == null) {
      return List.of();
    }
    if (list.size() > Limits.MAX_ENTRIES) {
      problems.add(
          root.property("entries"),
          ProblemCode.TOO_MANY_ENTRIES,
          Map.of("count", list.size(), "max", Limits.MAX_ENTRIES),
          "The file has "
              + list.size()
              + " entries; at most "
              + Limits.MAX_ENTRIES
              + " are allowed. Split the knowledge base.");
    }
    var entries = new ArrayList<EntryData>();
    for (int i = 0; i < list.size(); i++) {
      FieldPath at = root.property("entries").index(i);
      ObjectNode entry = fields.object(list.get(i), at);
      if (entry != null) {
        entries.add(entry(entry, i, at));
      }
    }
    return entries;
  }

  /** One entry on its own, as the admin API edits it; field paths start at the entry. */
  EntryData entry(ObjectNode entry) {
    return entry(entry, 0, FieldPath.root());
  }

  private EntryData entry(ObjectNode entry, int index, FieldPath unnamed) {
    String key = fields.requiredIdentifier(entry, "key", unnamed, "a key such as \"blue-card\"");
    FieldPath at = key == null ? unnamed : unnamed.inEntry(Quoting.shorten(key, 80));
    if (key != null) {
      checkKey(key, index, at.property("key"));
    }
    String category = category(entry, at);
    Map<String, TranslationData> translations = translations(entry, at);
    return new EntryData(key, category, translations);
  }

  private void checkKey(String key, int index, FieldPath at) {
    Violation problem = Identifiers.keyProblem(key);
    if (problem != null) {
      problems.add(at, problem);
      return;
    }
    Integer earlier = indexByKey.putIfAbsent(key, index);
    if (earlier != null) {
      problems.add(
          at,
          ProblemCode.DUPLICATE_KEY,
          Map.of("key", key, "usedBy", "entries[" + earlier + "]"),
          "The key \""
              + key
              + "\" is already used by entries["
              + earlier
              + "]. Keys must be unique; rename one of the entries.");
    }
  }

  private String category(ObjectNode entry, FieldPath at) {
    String category =
        fields.requiredIdentifier(entry, "category", at, "the key of the entry's category");
    if (category == null) {
      return null;
    }
    Violation problem = Identifiers.keyProblem(category);
    if (problem != null) {
      problems.add(at.property("category"), problem);
    } else if (!categoryKeys.isEmpty() && !categoryKeys.contains(category)) {
      problems.add(
          at.property("category"),
          ProblemCode.UNKNOWN_CATEGORY,
          Map.of("category", category, "known", shownCategories()),
          "The category \""
              + category
              + "\" is not defined under \"categories\". Use one of "
              + knownCategories()
              + ", or add it there.");
    }
    return category;
  }

  private String knownCategories() {
    String shown =
        shownCategories().stream().map(key -> "\"" + key + "\"").collect(Collectors.joining(", "));
    return categoryKeys.size() > CATEGORY_KEYS_SHOWN ? shown + ", …" : shown;
  }

  // A few are enough to show what the keys look like; the file or the office lists them all.
  private List<String> shownCategories() {
    return categoryKeys.stream().limit(CATEGORY_KEYS_SHOWN).toList();
  }

  private Map<String, TranslationData> translations(ObjectNode entry, FieldPath at) {
    ObjectNode byLanguage = fields.requiredObject(
        entry,
        "translations",
        at,
        "translations per language, e.g. { \"de\": { \"title\": …, \"questions\": […],"
            + " \"answer\": … } }");
    var translations = new LinkedHashMap<String, TranslationData>();
    if (byLanguage == null) {
      return translations;
    }
    for (var property : byLanguage.properties()) {
      FieldPath translationAt = at.property("translations").property(property.getKey());
      Violation problem = Identifiers.languageProblem(property.getKey());
      if (problem != null) {
        problems.add(translationAt, problem);
      }
      ObjectNode translation = fields.object(property.getValue(), translationAt);
      if (translation != null) {
        translations.put(property.getKey(), translation(translation, translationAt));
      }
    }
    if (defaultLanguage != null && !byLanguage.has(defaultLanguage)) {
      problems.add(
          at.property("translations").property(defaultLanguage),
          ProblemCode.MISSING_DEFAULT_TRANSLATION,
          Map.of("language", defaultLanguage),
          "The translation in the default language \""
              + defaultLanguage
              + "\" is missing. Every entry needs one.");
    }
    return translations;
  }

  private TranslationData translation(ObjectNode translation, FieldPath at) {
    String title = fields.requiredText(translation, "title", at, "a short title");
    if (title != null) {
      ShownText.check(problems, title, "title", Limits.MAX_TITLE_LENGTH, at.property("title"));
    }
    List<String> questions = questions(translation, at);
    String answer = fields.requiredText(translation, "answer", at, "the answer (Markdown)");
    if (answer != null) {
      ShownText.check(problems, answer, "answer", Limits.MAX_ANSWER_LENGTH, at.property("answer"));
    }
    return new TranslationData(title, questions, answer);
  }

  private List<String> questions(ObjectNode translation, FieldPath at) {
    ArrayNode list = fields.requiredArray(
        translation, "questions", at, "at least one question users ask for this entry");
    var questions = new ArrayList<String>();
    if (list == null) {
      return questions;
    }
    FieldPath listAt = at.property("questions");
    if (list.isEmpty()) {
      problems.add(
          listAt, ProblemCode.NO_QUESTIONS, "Add at least one question users ask for this entry.");
    } else if (list.size() > Limits.MAX_QUESTIONS_PER_TRANSLATION) {
      problems.add(
          listAt,
          ProblemCode.TOO_MANY_QUESTIONS,
          Map.of("count", list.size(), "max", Limits.MAX_QUESTIONS_PER_TRANSLATION),
          "There are "
              + list.size()
              + " questions; at most "
              + Limits.MAX_QUESTIONS_PER_TRANSLATION
              + " are allowed. Keep the most typical ones.");
    }
    for (int i = 0; i < list.size(); i++) {
      String question = fields.text(list.get(i), listAt.index(i));
      if (question != null) {
        ShownText.check(
            problems, question, "question", Limits.MAX_QUESTION_LENGTH, listAt.index(i));
        questions.add(question);
      }
    }
    return questions;
  }
}
