package de.lotse.knowledge.exchange;

import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The format's rules for one piece of a knowledge base at a time, for editors who change an entry,
 * a category or a language's synonyms on their own rather than import a file. The very checks of
 * {@link ExchangeFormatReader} apply (and its normalisation: NFC, no control characters), so an
 * entry saved here always exports and imports again; problems name fields relative to the piece,
 * e.g. {@code translations.de.answer}.
 */
public final class ExchangeRules {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ExchangeRules() {}

  /**
   * @param defaultLanguage the office's default language: every entry needs a translation in it
   * @param categoryKeys the office's categories; when empty, the entry may name any category
   * @return the entry as it is to be stored (text normalised)
   */
  public static EntryData checkEntry(
      EntryData entry, String defaultLanguage, Set<String> categoryKeys)
      throws InvalidKnowledgeBaseException {
    ProblemCollector problems = new ProblemCollector();
    EntryData checked = new EntryMapper(
            new JsonFields(problems), problems, defaultLanguage, categoryKeys)
        .entry(object(entry));
    problems.throwIfAny();
    return checked;
  }

  public static CategoryData checkCategory(CategoryData category)
      throws InvalidKnowledgeBaseException {
    return new KnowledgeBaseMapper().category(object(category));
  }

  public static List<List<String>> checkSynonyms(String language, List<List<String>> groups)
      throws InvalidKnowledgeBaseException {
    return new KnowledgeBaseMapper()
        .synonymGroups(language, (ArrayNode) JSON.valueToTree(groups == null ? List.of() : groups));
  }

  private static ObjectNode object(Object value) {
    JsonNode tree = JSON.valueToTree(value);
    return (ObjectNode) tree;
  }
}
