package de.lotse.knowledge.exchange;

import java.nio.charset.StandardCharsets;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A small valid file as a JSON tree, for tests to break in exactly one place. */
final class KnowledgeBaseJson {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  static final String VALID = """
      {
        "format": "kb-exchange/1",
        "name": "Test-Ausländerbehörde",
        "defaultLanguage": "de",
        "languages": ["de", "en"],
        "categories": [
          { "key": "residence", "title": { "de": "Aufenthalt", "en": "Residence" } },
          { "key": "work", "title": { "de": "Arbeit" } }
        ],
        "entries": [
          {
            "key": "blue-card",
            "category": "work",
            "translations": {
              "de": {
                "title": "Blaue Karte EU",
                "questions": [
                  "Wie bekomme ich eine Blaue Karte EU?",
                  "Voraussetzungen Blue Card"
                ],
                "answer": "Sie brauchen **einen Arbeitsvertrag**.\\n\\n- Pass\\n- Lichtbild\\n\\n\
      [Mehr](https://www.bamf.de)"
              },
              "en": {
                "title": "EU Blue Card",
                "questions": ["How do I get an EU Blue Card?"],
                "answer": "You need *a job offer*. \
      Questions? [Write to us](mailto:amt@example.org)."
              }
            }
          },
          {
            "key": "extend-residence-permit",
            "category": "residence",
            "translations": {
              "de": {
                "title": "Aufenthaltserlaubnis verlängern",
                "questions": ["Wie verlängere ich meine Aufenthaltserlaubnis?"],
                "answer": "Stellen Sie den Antrag rechtzeitig. \
      Telefon: [08031 392-0](tel:+498031392)"
              }
            }
          }
        ],
        "synonyms": {
          "de": [["Blaue Karte", "Blue Card"], ["eAT", "elektronischer Aufenthaltstitel"]],
          "en": [["residence permit", "residence title"]]
        }
      }
      """;

  private KnowledgeBaseJson() {}

  static ObjectNode valid() {
    return (ObjectNode) JSON.readTree(VALID);
  }

  static ObjectNode entry(ObjectNode kb, int index) {
    return (ObjectNode) kb.get("entries").get(index);
  }

  static ObjectNode translation(ObjectNode kb, int index, String language) {
    return (ObjectNode) entry(kb, index).get("translations").get(language);
  }

  static ArrayNode questions(ObjectNode kb, int index, String language) {
    return (ArrayNode) translation(kb, index, language).get("questions");
  }

  static byte[] bytes(ObjectNode kb) {
    return JSON.writeValueAsString(kb).getBytes(StandardCharsets.UTF_8);
  }
}
