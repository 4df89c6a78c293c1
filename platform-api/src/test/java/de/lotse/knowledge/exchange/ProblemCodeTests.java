package de.lotse.knowledge.exchange;

import static de.lotse.knowledge.exchange.KnowledgeBaseJson.bytes;
import static de.lotse.knowledge.exchange.KnowledgeBaseJson.entry;
import static de.lotse.knowledge.exchange.KnowledgeBaseJson.questions;
import static de.lotse.knowledge.exchange.KnowledgeBaseJson.translation;
import static de.lotse.knowledge.exchange.KnowledgeBaseJson.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import de.lotse.shared.Language;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every rule of the format names what is broken as a code with parameters, besides its English
 * message, so that clients can word it in their reader's language. One broken file per code: a
 * code that no case produces fails the test, so a new rule comes with its case here.
 */
class ProblemCodeTests {

  /** Stands for a parameter whose value comes from the JSON parser's wording or counting. */
  private static final Object ANY = new Object();

  private static final List<String> SUPPORTED =
      Arrays.stream(Language.values()).map(Language::code).toList();

  private final List<Case> cases = new ArrayList<>();

  @Test
  void everyRuleReportsItsCodeWithTheDeclaredParameters() {
    fileCases();
    valueCases();
    shownTextCases();
    keyCases();
    languageCases();
    entryCases();

    var softly = new SoftAssertions();
    var seen = EnumSet.noneOf(ProblemCode.class);
    for (Case c : cases) {
      List<ExchangeProblem> problems = problems(c);
      ExchangeProblem problem =
          problems.stream().filter(p -> p.field().equals(c.field())).findFirst().orElse(null);
      softly
          .assertThat(problem)
          .as("%s: a problem at %s in %s", c.name(), c.field(), problems)
          .isNotNull();
      if (problem == null) {
        continue;
      }
      softly.assertThat(problem.code()).as(c.name()).isEqualTo(c.code().code());
      softly
          .assertThat(problem.params().keySet())
          .as(c.name())
          .isEqualTo(c.params().keySet());
      c.params().forEach((name, value) -> {
        if (value != ANY) {
          softly
              .assertThat(problem.params().get(name))
              .as(c.name() + " " + name)
              .isEqualTo(value);
        }
      });
      seen.add(c.code());
    }
    softly.assertThat(EnumSet.complementOf(seen)).as("codes without a case").isEmpty();
    softly.assertAll();
  }

  @Test
  void entryCheckedOnItsOwnNamesFieldsFromTheEntryWithTheSameCodes() {
    var entry = new EntryData(
        "blue-card",
        "work",
        Map.of("de", new TranslationData("Blaue Karte", List.of("Wie?"), "x".repeat(20_001))));

    var rejected = catchThrowableOfType(
        InvalidKnowledgeBaseException.class,
        () -> ExchangeRules.checkEntry(entry, "en", Set.of("work")));

    assertThat(rejected.problems())
        .extracting(ExchangeProblem::field, ExchangeProblem::code, ExchangeProblem::params)
        .containsExactly(
            tuple("translations.de.answer", "too-long", Map.of("length", 20_001, "max", 20_000)),
            tuple("translations.en", "missing-default-translation", Map.of("language", "en")));
  }

  @Test
  void refusesParametersACodeDoesNotDeclareOrMissingOnesItNeeds() {
    assertThatThrownBy(() -> Violation.of(ProblemCode.TOO_LONG, Map.of("length", 3), "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("too-long");
    assertThatThrownBy(() -> Violation.of(ProblemCode.EMPTY, Map.of("what", "title"), "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Violation.of(ProblemCode.KEY_SPACES, Map.of("key", " a"), "x").params())
        .containsOnlyKeys("key");
  }

  @Test
  void codesAreUniqueLowerCaseWords() {
    var codes = new TreeSet<String>();
    for (ProblemCode code : ProblemCode.values()) {
      assertThat(code.code()).matches("[a-z0-9]+(-[a-z0-9]+)*");
      assertThat(codes.add(code.code())).as(code.code()).isTrue();
    }
  }

  private void fileCases() {
    add("empty file", "".getBytes(StandardCharsets.UTF_8), "file", ProblemCode.FILE_EMPTY);
    cases.add(new Case(
        "file over the limit",
        bytes(valid()),
        100,
        "file",
        ProblemCode.FILE_TOO_LARGE,
        Map.of("limit", "100 bytes")));
    byte[] latin1 = "{\"name\": \"Ä\"}".getBytes(StandardCharsets.ISO_8859_1);
    add("Latin-1", latin1, "file", ProblemCode.NOT_UTF8, Map.of("line", 1L, "column", 11L));
    add(
        "a list",
        "[]".getBytes(StandardCharsets.UTF_8),
        "file",
        ProblemCode.NOT_AN_OBJECT,
        Map.of("actual", "list"));
    add(
        "unquoted word",
        "{\"format\": kb-exchange}".getBytes(StandardCharsets.UTF_8),
        "file",
        ProblemCode.INVALID_JSON,
        Map.of("reason", ANY, "line", 1, "column", ANY));
    add(
        "cut off",
        "{\"format\": \"kb-exchange/1\", \"entries\": [".getBytes(StandardCharsets.UTF_8),
        "file",
        ProblemCode.INCOMPLETE_JSON,
        Map.of("line", 1, "column", ANY));
    add(
        "nested deep",
        ("{\"x\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}").getBytes(StandardCharsets.UTF_8),
        "file",
        ProblemCode.TOO_DEEP,
        Map.of());
    add(
        "two objects",
        (new String(bytes(valid()), StandardCharsets.UTF_8) + " {}")
            .getBytes(StandardCharsets.UTF_8),
        "file",
        ProblemCode.TRAILING_CONTENT,
        Map.of("line", 1, "column", ANY));
    add(
        "other format",
        kb -> kb.put("format", "kb-exchange/2"),
        "format",
        ProblemCode.UNSUPPORTED_FORMAT,
        Map.of("format", "kb-exchange/2", "supported", "kb-exchange/1"));
    ObjectNode many = valid();
    ArrayNode entries = many.putArray("entries");
    for (int i = 0; i < 300; i++) {
      entries.addObject().put("key", "entry-" + i);
    }
    add("300 broken entries", bytes(many), "file", ProblemCode.MORE_PROBLEMS, Map.of("shown", 199));
  }

  private void valueCases() {
    add(
        "answer left out",
        kb -> translation(kb, 0, "de").remove("answer"),
        "entries[0].translations.de.answer",
        ProblemCode.REQUIRED,
        Map.of("property", "answer"));
    add(
        "title as a number",
        kb -> translation(kb, 0, "de").put("title", 42),
        "entries[0].translations.de.title",
        ProblemCode.WRONG_TYPE,
        Map.of("expected", "text", "actual", "number"));
    add(
        "bell character",
        kb -> translation(kb, 0, "de").put("title", "Blaue\u0007Karte"),
        "entries[0].translations.de.title",
        ProblemCode.CONTROL_CHARACTER,
        Map.of("character", "U+0007"));
    add(
        "lone surrogate",
        new String(bytes(valid()), StandardCharsets.UTF_8)
            .replace("Blaue Karte EU\"", "Blaue Karte EU \\ud83d\"")
            .getBytes(StandardCharsets.UTF_8),
        "entries[0].translations.de.title",
        ProblemCode.BROKEN_CHARACTER,
        Map.of("escape", "\\ud83d"));
  }

  private void shownTextCases() {
    String answer = "entries[0].translations.de.answer";
    add(
        "blank title",
        kb -> translation(kb, 0, "de").put("title", "  "),
        "entries[0].translations.de.title",
        ProblemCode.EMPTY,
        Map.of());
    add(
        "long title",
        kb -> translation(kb, 0, "de").put("title", "T".repeat(201)),
        "entries[0].translations.de.title",
        ProblemCode.TOO_LONG,
        Map.of("length", 201, "max", 200));
    add(
        "HTML",
        kb -> translation(kb, 0, "de").put("answer", "Hallo <b>fett</b>"),
        answer,
        ProblemCode.RAW_HTML,
        Map.of("excerpt", "<b>"));
    add(
        "image",
        kb -> translation(kb, 0, "de").put("answer", "![Pass](https://a.de/p.png)"),
        answer,
        ProblemCode.IMAGE,
        Map.of());
    add(
        "empty link",
        kb -> translation(kb, 0, "de").put("answer", "[Mehr]()"),
        answer,
        ProblemCode.LINK_WITHOUT_TARGET,
        Map.of());
    add(
        "script link",
        kb -> translation(kb, 0, "de").put("answer", "[x](javascript:alert(1))"),
        answer,
        ProblemCode.LINK_SCHEME,
        Map.of("scheme", "javascript:"));
    add(
        "relative link",
        kb -> translation(kb, 0, "de").put("answer", "[x](www.bamf.de)"),
        answer,
        ProblemCode.LINK_NOT_ABSOLUTE,
        Map.of("target", "www.bamf.de"));
  }

  private void keyCases() {
    add(
        "empty key",
        kb -> entry(kb, 0).put("key", ""),
        "entries[0].key",
        ProblemCode.KEY_EMPTY,
        Map.of());
    add(
        "key with spaces",
        kb -> entry(kb, 0).put("key", " blue-card "),
        "entries[0].key",
        ProblemCode.KEY_SPACES,
        Map.of("key", " blue-card ", "suggestion", "blue-card"));
    add(
        "key in capitals",
        kb -> entry(kb, 0).put("key", "Blaue Karte"),
        "entries[0].key",
        ProblemCode.KEY_CHARACTERS,
        Map.of("key", "Blaue Karte", "suggestion", "blaue-karte"));
    add(
        "key beyond help",
        kb -> entry(kb, 0).put("key", "Bad Key!"),
        "entries[0].key",
        ProblemCode.KEY_CHARACTERS,
        Map.of("key", "Bad Key!"));
    add(
        "long key",
        kb -> entry(kb, 0).put("key", "k".repeat(65)),
        "entries[0].key",
        ProblemCode.TOO_LONG,
        Map.of("length", 65, "max", 64));
    add(
        "key twice",
        kb -> entry(kb, 1).put("key", "blue-card"),
        "entries[1].key",
        ProblemCode.DUPLICATE_KEY,
        Map.of("key", "blue-card", "usedBy", "entries[0]"));
    add(
        "category key twice",
        kb -> ((ObjectNode) kb.get("categories").get(1)).put("key", "residence"),
        "categories[1].key",
        ProblemCode.DUPLICATE_KEY,
        Map.of("key", "residence", "usedBy", "categories[0]"));
  }

  private void languageCases() {
    add(
        "empty language",
        kb -> ((ArrayNode) kb.get("languages")).add(""),
        "languages[2]",
        ProblemCode.LANGUAGE_EMPTY,
        Map.of("supported", SUPPORTED));
    add(
        "language in capitals",
        kb -> kb.put("defaultLanguage", "DE"),
        "defaultLanguage",
        ProblemCode.LANGUAGE_SPELLING,
        Map.of("language", "DE", "suggestion", "de"));
    add(
        "unknown language",
        kb -> ((ObjectNode) entry(kb, 0).get("translations"))
            .set("xx", translation(kb, 0, "en").deepCopy()),
        "entries[0].translations.xx",
        ProblemCode.LANGUAGE_UNSUPPORTED,
        Map.of("language", "xx", "supported", SUPPORTED));
    add(
        "language twice",
        kb -> ((ArrayNode) kb.get("languages")).add("de"),
        "languages[2]",
        ProblemCode.DUPLICATE_LANGUAGE,
        Map.of("language", "de"));
    add(
        "default language not offered",
        kb -> kb.putArray("languages").add("en"),
        "languages",
        ProblemCode.DEFAULT_LANGUAGE_NOT_LISTED,
        Map.of("language", "de"));
  }

  private void entryCases() {
    ObjectNode tooMany = valid();
    ArrayNode entries = tooMany.putArray("entries");
    ObjectNode fine = entry(valid(), 1);
    for (int i = 0; i <= Limits.MAX_ENTRIES; i++) {
      entries.add(fine.deepCopy().put("key", "entry-" + i));
    }
    add(
        "5,001 entries",
        bytes(tooMany),
        "entries",
        ProblemCode.TOO_MANY_ENTRIES,
        Map.of("count", 5_001, "max", 5_000));
    add(
        "undefined category",
        kb -> entry(kb, 0).put("category", "nope"),
        "entries[0].category",
        ProblemCode.UNKNOWN_CATEGORY,
        Map.of("category", "nope", "known", List.of("residence", "work")));
    add(
        "no German",
        kb -> ((ObjectNode) entry(kb, 1).get("translations")).remove("de"),
        "entries[1].translations.de",
        ProblemCode.MISSING_DEFAULT_TRANSLATION,
        Map.of("language", "de"));
    add(
        "no questions",
        kb -> questions(kb, 0, "de").removeAll(),
        "entries[0].translations.de.questions",
        ProblemCode.NO_QUESTIONS,
        Map.of());
    add(
        "51 questions",
        kb -> {
          for (int i = 0; i < 49; i++) {
            questions(kb, 0, "de").add("Frage " + i + "?");
          }
        },
        "entries[0].translations.de.questions",
        ProblemCode.TOO_MANY_QUESTIONS,
        Map.of("count", 51, "max", 50));
    add(
        "category without titles",
        kb -> ((ObjectNode) kb.get("categories").get(0)).putObject("title"),
        "categories[0].title",
        ProblemCode.NO_TITLE,
        Map.of());
    add(
        "blank synonym",
        kb -> ((ArrayNode) kb.get("synonyms").get("de").get(0)).add(" "),
        "synonyms.de[0][2]",
        ProblemCode.EMPTY_SYNONYM,
        Map.of());
  }

  private void add(
      String name,
      Consumer<ObjectNode> breakIt,
      String field,
      ProblemCode code,
      Map<String, Object> params) {
    ObjectNode kb = valid();
    breakIt.accept(kb);
    add(name, bytes(kb), field, code, params);
  }

  private void add(String name, byte[] file, String field, ProblemCode code) {
    add(name, file, field, code, Map.of());
  }

  private void add(
      String name, byte[] file, String field, ProblemCode code, Map<String, Object> params) {
    cases.add(new Case(name, file, ExchangeFormatReader.DEFAULT_MAX_BYTES, field, code, params));
  }

  private static List<ExchangeProblem> problems(Case c) {
    var rejected = catchThrowableOfType(
        InvalidKnowledgeBaseException.class,
        () -> new ExchangeFormatReader(c.maxBytes()).read(new ByteArrayInputStream(c.file())));
    return rejected == null ? List.of() : rejected.problems();
  }

  private record Case(
      String name,
      byte[] file,
      long maxBytes,
      String field,
      ProblemCode code,
      Map<String, Object> params) {

    Case {
      params = new LinkedHashMap<>(params);
    }
  }
}
