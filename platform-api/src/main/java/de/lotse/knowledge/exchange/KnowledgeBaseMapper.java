package de.lotse.knowledge.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks a parsed file against the format's rules and maps it to a {@link KnowledgeBaseFile},
 * collecting every problem before giving up so that an import is all or nothing.
 *
 * <p>Unknown properties are ignored at every level, as the format asks for the top level, so that a
 * file from a newer platform with extra fields still imports.
 */
final class KnowledgeBaseMapper {

  static final String FORMAT = "kb-exchange/1";

  private final ProblemCollector problems = new ProblemCollector();
  private final JsonFields fields = new JsonFields(problems);
  private final FieldPath root = FieldPath.root();

  KnowledgeBaseFile map(ObjectNode file) throws InvalidKnowledgeBaseException {
    if (!formatIsReadable(file)) {
      problems.throwIfAny();
    }
    String name = name(file);
    String defaultLanguage = defaultLanguage(file);
    List<String> languages = languages(file, defaultLanguage);
    List<CategoryData> categories = categories(file);
    List<EntryData> entries =
        new EntryMapper(fields, problems, defaultLanguage, categoryKeys(categories)).entries(file);
    Map<String, List<List<String>>> synonyms = synonyms(file);
    problems.throwIfAny();
    return new KnowledgeBaseFile(
        name,
        defaultLanguage,
        languages.isEmpty() ? languagesUsed(defaultLanguage, entries) : languages,
        categories,
        entries,
        synonyms);
  }

  /** One category on its own, as the admin API edits it; field paths start at the category. */
  CategoryData category(ObjectNode category) throws InvalidKnowledgeBaseException {
    String key = categoryKey(category, root, new HashMap<>(), 0);
    Map<String, String> title = categoryTitle(category, root);
    problems.throwIfAny();
    return new CategoryData(key, title);
  }

  /** One language's synonym groups on their own; field paths start at {@code groups}. */
  List<List<String>> synonymGroups(String language, ArrayNode groups)
      throws InvalidKnowledgeBaseException {
    checkLanguage(language, root.property("language"));
    List<List<String>> checked = synonymGroups(groups, root.property("groups"));
    problems.throwIfAny();
    return checked;
  }

  /**
   * A missing format is reported and checking goes on (the rest may well be right); another format
   * is the only problem reported, as checking it against this version's rules would bury the one
   * useful message under many misleading ones.
   */
  private boolean formatIsReadable(ObjectNode file) {
    String format = fields.requiredIdentifier(
        file, "format", root, "\"format\": \"" + FORMAT + "\" at the top of the file");
    if (format == null || format.equals(FORMAT)) {
      return true;
    }
    problems.add(
        root.property("format"),
        ProblemCode.UNSUPPORTED_FORMAT,
        Map.of("format", Quoting.shorten(format), "supported", FORMAT),
        "The format "
            + Quoting.quote(format)
            + " is not supported. This platform reads \""
            + FORMAT
            + "\"; export the knowledge base in that format.");
    return false;
  }

  private String name(ObjectNode file) {
    String name = fields.optionalText(file, "name", root);
    if (name != null) {
      checkDisplayText(name, "name", Limits.MAX_NAME_LENGTH, root.property("name"));
    }
    return name;
  }

  private String defaultLanguage(ObjectNode file) {
    String code = fields.requiredIdentifier(
        file, "defaultLanguage", root, "the language every entry is written in, e.g. \"de\"");
    return code != null && checkLanguage(code, root.property("defaultLanguage")) ? code : null;
  }

  private List<String> languages(ObjectNode file, String defaultLanguage) {
    ArrayNode list = fields.optionalArray(file, "languages", root);
    if (list == null) {
      return List.of();
    }
    FieldPath at = root.property("languages");
    var languages = new LinkedHashSet<String>();
    for (int i = 0; i < list.size(); i++) {
      String code = fields.identifier(list.get(i), at.index(i));
      if (code != null && checkLanguage(code, at.index(i)) && !languages.add(code)) {
        problems.add(
            at.index(i),
            ProblemCode.DUPLICATE_LANGUAGE,
            Map.of("language", code),
            "\"" + code + "\" is listed twice. Remove one.");
      }
    }
    if (defaultLanguage != null && !languages.contains(defaultLanguage)) {
      problems.add(
          at,
          ProblemCode.DEFAULT_LANGUAGE_NOT_LISTED,
          Map.of("language", defaultLanguage),
          "The default language \""
              + defaultLanguage
              + "\" is not among the languages. Add it to \"languages\".");
    }
    return List.copyOf(languages);
  }

  // Without a "languages" list the file offers what its entries are written in.
  private static List<String> languagesUsed(String defaultLanguage, List<EntryData> entries) {
    var used = new LinkedHashSet<String>();
    used.add(defaultLanguage);
    entries.forEach(entry -> used.addAll(entry.translations().keySet()));
    return List.copyOf(used);
  }

  private List<CategoryData> categories(ObjectNode file) {
    ArrayNode list = fields.optionalArray(file, "categories", root);
    if (list == null) {
      return List.of();
    }
    var categories = new ArrayList<CategoryData>();
    var seenKeys = new HashMap<String, Integer>();
    for (int i = 0; i < list.size(); i++) {
      FieldPath at = root.property("categories").index(i);
      ObjectNode category = fields.object(list.get(i), at);
      if (category == null) {
        continue;
      }
      String key = categoryKey(category, at, seenKeys, i);
      Map<String, String> title = categoryTitle(category, at);
      categories.add(new CategoryData(key, title));
    }
    return categories;
  }

  private String categoryKey(
      ObjectNode category, FieldPath at, Map<String, Integer> seenKeys, int index) {
    String key = fields.requiredIdentifier(category, "key", at, "a key such as \"residence\"");
    if (key == null) {
      return null;
    }
    Violation problem = Identifiers.keyProblem(key);
    if (problem != null) {
      problems.add(at.property("key"), problem);
    } else if (seenKeys.containsKey(key)) {
      problems.add(
          at.property("key"),
          ProblemCode.DUPLICATE_KEY,
          Map.of("key", key, "usedBy", "categories[" + seenKeys.get(key) + "]"),
          "The category key \""
              + key
              + "\" is already used by categories["
              + seenKeys.get(key)
              + "]. Category keys must be unique.");
    } else {
      seenKeys.put(key, index);
    }
    return key;
  }

  private Map<String, String> categoryTitle(ObjectNode category, FieldPath at) {
    ObjectNode titles = fields.requiredObject(
        category, "title", at, "titles per language, e.g. { \"de\": \"Aufenthalt\" }");
    var title = new LinkedHashMap<String, String>();
    if (titles == null) {
      return title;
    }
    if (titles.isEmpty()) {
      problems.add(
          at.property("title"), ProblemCode.NO_TITLE, "Add a title in at least one language.");
    }
    for (var property : titles.properties()) {
      FieldPath titleAt = at.property("title").property(property.getKey());
      String text = fields.text(property.getValue(), titleAt);
      if (checkLanguage(property.getKey(), titleAt) && text != null) {
        checkDisplayText(text, "title", Limits.MAX_TITLE_LENGTH, titleAt);
        title.put(property.getKey(), text);
      }
    }
    return title;
  }

  private static Set<String> categoryKeys(List<CategoryData> categories) {
    var keys = new LinkedHashSet<String>();
    categories.forEach(category -> keys.add(category.key()));
    keys.remove(null);
    return keys;
  }

  private Map<String, List<List<String>>> synonyms(ObjectNode file) {
    ObjectNode byLanguage = fields.optionalObject(file, "synonyms", root);
    var synonyms = new LinkedHashMap<String, List<List<String>>>();
    if (byLanguage == null) {
      return synonyms;
    }
    for (var property : byLanguage.properties()) {
      FieldPath at = root.property("synonyms").property(property.getKey());
      ArrayNode groups = fields.array(property.getValue(), at);
      if (checkLanguage(property.getKey(), at) && groups != null) {
        synonyms.put(property.getKey(), synonymGroups(groups, at));
      }
    }
    return synonyms;
  }

  private List<List<String>> synonymGroups(ArrayNode groups, FieldPath at) {
    var result = new ArrayList<List<String>>();
    for (int i = 0; i < groups.size(); i++) {
      ArrayNode terms = fields.array(groups.get(i), at.index(i));
      if (terms == null) {
        continue;
      }
      var group = new ArrayList<String>();
      for (int j = 0; j < terms.size(); j++) {
        FieldPath termAt = at.index(i).index(j);
        String term = fields.text(terms.get(j), termAt);
        if (term != null && term.isBlank()) {
          problems.add(
              termAt, ProblemCode.EMPTY_SYNONYM, "The synonym is empty. Remove it or fill it in.");
        } else if (term != null) {
          group.add(term);
        }
      }
      result.add(group);
    }
    return result;
  }

  private boolean checkLanguage(String code, FieldPath at) {
    Violation problem = Identifiers.languageProblem(code);
    if (problem != null) {
      problems.add(at, problem);
    }
    return problem == null;
  }

  private void checkDisplayText(String text, String what, int maxLength, FieldPath at) {
    ShownText.check(problems, text, what, maxLength, at);
  }
}
