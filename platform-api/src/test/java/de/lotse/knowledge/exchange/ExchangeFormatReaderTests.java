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
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ListAssert;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class ExchangeFormatReaderTests {

  private final ExchangeFormatReader reader = new ExchangeFormatReader();

  @Test
  void readsEveryPartOfAValidFile() throws Exception {
    KnowledgeBaseFile kb = read(bytes(valid()));

    assertThat(kb.name()).isEqualTo("Test-Ausländerbehörde");
    assertThat(kb.defaultLanguage()).isEqualTo("de");
    assertThat(kb.languages()).containsExactly("de", "en");
    assertThat(kb.categories())
        .containsExactly(
            new CategoryData("residence", Map.of("de", "Aufenthalt", "en", "Residence")),
            new CategoryData("work", Map.of("de", "Arbeit")));
    assertThat(kb.entries())
        .extracting(EntryData::key)
        .containsExactly("blue-card", "extend-residence-permit");
    EntryData blueCard = kb.entries().get(0);
    assertThat(blueCard.category()).isEqualTo("work");
    assertThat(blueCard.translations().keySet()).containsExactly("de", "en");
    assertThat(blueCard.translations().get("de").questions())
        .containsExactly("Wie bekomme ich eine Blaue Karte EU?", "Voraussetzungen Blue Card");
    assertThat(blueCard.translations().get("de").answer()).startsWith("Sie brauchen **einen");
    assertThat(kb.synonyms().get("de"))
        .containsExactly(
            List.of("Blaue Karte", "Blue Card"), List.of("eAT", "elektronischer Aufenthaltstitel"));
  }

  @Test
  void readsTheSharedEvaluationKnowledgeBaseWithoutProblems() throws Exception {
    try (InputStream in = Files.newInputStream(EvalKnowledgeBase.path())) {
      KnowledgeBaseFile kb = reader.read(in);

      assertThat(kb.defaultLanguage()).isEqualTo("de");
      assertThat(kb.entries()).hasSizeGreaterThan(40);
      assertThat(kb.entries())
          .allSatisfy(entry -> assertThat(entry.translations()).containsKey("de"));
    }
  }

  @Test
  void readsTheDemoOfficesSeedKnowledgeBasesWithoutProblems() throws Exception {
    // The seeds are what a fresh platform starts with; a slip in them would surface only at start.
    KnowledgeBaseFile rosenheim = readResource("/seed/kb/rosenheim.json");
    assertThat(rosenheim.entries())
        .hasSize(65)
        .allSatisfy(entry -> assertThat(entry.translations()).containsKeys("de", "en"));
    assertThat(rosenheim.entries().stream().filter(entry -> entry.translations().containsKey("fa")))
        .hasSize(12)
        .allSatisfy(entry -> assertThat(entry.translations().get("fa").answer())
            .doesNotContain("<")
            .doesNotContainPattern("[\u064A\u0643]")); // Persian ی and ک, not the Arabic letters

    KnowledgeBaseFile musterstadt = readResource("/seed/kb/musterstadt.json");
    assertThat(musterstadt.entries()).hasSize(12);
  }

  private KnowledgeBaseFile readResource(String name) throws Exception {
    try (InputStream in = getClass().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return reader.read(in);
    }
  }

  @Test
  void normalisesTextToNfc() throws Exception {
    ObjectNode kb = valid();
    translation(kb, 0, "de").put("title", "Blaue Karte fu\u0308r A\u0308rzte");

    KnowledgeBaseFile read = read(bytes(kb));

    assertThat(read.entries().get(0).translations().get("de").title())
        .isEqualTo("Blaue Karte für Ärzte");
  }

  @Test
  void ignoresUnknownPropertiesAtEveryLevel() throws Exception {
    ObjectNode kb = valid();
    kb.put("exportedAt", "2025-01-01");
    kb.putObject("vendor").put("tool", "other");
    entry(kb, 0).put("reviewed", true);
    translation(kb, 0, "de").put("notes", 42);
    ((ObjectNode) kb.get("categories").get(0)).put("icon", "house");

    assertThat(read(bytes(kb))).isEqualTo(read(bytes(valid())));
  }

  @Test
  void derivesLanguagesFromTranslationsWhenTheListIsAbsent() throws Exception {
    ObjectNode kb = valid();
    kb.remove("languages");

    assertThat(read(bytes(kb)).languages()).containsExactly("de", "en");
  }

  @Test
  void acceptsEntriesWithAnyCategoryWhenTheFileDefinesNone() throws Exception {
    ObjectNode kb = valid();
    kb.remove("categories");
    entry(kb, 0).put("category", "not-listed-anywhere");

    assertThat(read(bytes(kb)).entries().get(0).category()).isEqualTo("not-listed-anywhere");
  }

  @Test
  void acceptsAKeyOfExactly64Characters() throws Exception {
    ObjectNode kb = valid();
    entry(kb, 0).put("key", "a".repeat(64));

    assertThat(read(bytes(kb)).entries().get(0).key()).hasSize(64);
  }

  @Test
  void treatsNullLikeAnAbsentProperty() throws Exception {
    ObjectNode kb = valid();
    kb.putNull("synonyms");
    kb.putNull("name");

    KnowledgeBaseFile read = read(bytes(kb));

    assertThat(read.synonyms()).isEmpty();
    assertThat(read.name()).isNull();
  }

  @Nested
  class BrokenFiles {

    @Test
    void reportsLineAndColumnOfMalformedJsonWithoutJavaInternals() {
      String json = "{\n"
          + "  \"format\": \"kb-exchange/1\",\n"
          + "  \"defaultLanguage\": \"de\"\n"
          + "  \"entries\": []\n"
          + "}";

      ExchangeProblem problem = singleProblem(json.getBytes(StandardCharsets.UTF_8));

      assertThat(problem.field()).isEqualTo("file");
      assertThat(problem.entryKey()).isNull();
      assertThat(problem.message()).contains("not valid JSON", "line 4, column 3");
      assertNoInternals(problem.message());
    }

    @Test
    void reportsAFileThatEndsTooEarly() {
      ExchangeProblem problem = singleProblem(
          "{\"format\": \"kb-exchange/1\", \"entries\": [".getBytes(StandardCharsets.UTF_8));

      assertThat(problem.message()).contains("ends before the JSON is complete");
      assertNoInternals(problem.message());
    }

    @Test
    void reportsAnUnknownWordInsteadOfAValue() {
      ExchangeProblem problem =
          singleProblem("{\"format\": kb-exchange}".getBytes(StandardCharsets.UTF_8));

      assertThat(problem.message()).contains("not valid JSON", "line 1");
      assertNoInternals(problem.message());
    }

    @Test
    void explainsALineBreakInsideText() {
      ExchangeProblem problem =
          singleProblem("{\"format\": \"kb-exchange/1\",\n\"name\": \"Zwei\nZeilen\"}"
              .getBytes(StandardCharsets.UTF_8));

      assertThat(problem.message()).contains("line 2", "write it as \\n");
    }

    @Test
    void rejectsContentAfterTheObject() {
      byte[] twoObjects = (new String(bytes(valid()), StandardCharsets.UTF_8) + " {}")
          .getBytes(StandardCharsets.UTF_8);

      assertThat(singleProblem(twoObjects).message()).contains("more content after the end");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n\t  "})
    void rejectsAnEmptyFile(String content) {
      ExchangeProblem problem = singleProblem(content.getBytes(StandardCharsets.UTF_8));

      assertThat(problem.field()).isEqualTo("file");
      assertThat(problem.message()).contains("empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"kb-exchange/1\"", "42", "null"})
    void rejectsAFileThatIsNotAJsonObject(String content) {
      ExchangeProblem problem = singleProblem(content.getBytes(StandardCharsets.UTF_8));

      assertThat(problem.field()).isEqualTo("file");
      assertThat(problem.message()).contains("must hold one JSON object");
    }

    @Test
    void rejectsAPropertyThatAppearsTwice() {
      String json = new String(bytes(valid()), StandardCharsets.UTF_8)
          .replaceFirst(
              "\"format\":\"kb-exchange/1\"",
              "\"format\":\"kb-exchange/1\",\"format\":\"kb-exchange/1\"");

      ExchangeProblem problem = singleProblem(json.getBytes(StandardCharsets.UTF_8));

      assertThat(problem.message()).contains("format", "line 1");
      assertNoInternals(problem.message());
    }

    @Test
    void rejectsStructuresNestedAbsurdlyDeep() {
      String json =
          "{\"format\":\"kb-exchange/1\",\"x\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}";

      ExchangeProblem problem = singleProblem(json.getBytes(StandardCharsets.UTF_8));

      assertThat(problem.message()).contains("nests objects or lists too deeply");
      assertNoInternals(problem.message());
    }

    @Test
    void propagatesAFailingStreamAsAnIoErrorNotAsAProblemOfTheFile() {
      InputStream broken = new InputStream() {
        @Override
        public int read() throws IOException {
          throw new IOException("connection reset");
        }
      };

      assertThatThrownBy(() -> reader.read(broken)).isInstanceOf(UncheckedIOException.class);
    }
  }

  @Nested
  class Encoding {

    @Test
    void rejectsLatin1WithTheLineOfTheFirstBadCharacter() {
      byte[] latin1 = new String(bytes(valid()), StandardCharsets.UTF_8)
          .replace(",\"defaultLanguage\"", ",\n\"defaultLanguage\"")
          .getBytes(StandardCharsets.ISO_8859_1);

      ExchangeProblem problem = singleProblem(latin1);

      assertThat(problem.field()).isEqualTo("file");
      assertThat(problem.message()).contains("not UTF-8", "line 1, column", "Save it as UTF-8");
    }

    @Test
    void rejectsAnOverlongUtf8Sequence() {
      byte[] overlong = {'{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'};

      assertThat(singleProblem(overlong).message()).contains("not UTF-8", "line 1, column 7");
    }

    @Test
    void rejectsUtf16EvenWithAByteOrderMark() {
      byte[] utf16 =
          new String(bytes(valid()), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16);

      assertThat(singleProblem(utf16).message()).contains("not UTF-8");
    }

    @Test
    void acceptsAUtf8ByteOrderMark() throws Exception {
      byte[] content = bytes(valid());
      byte[] withBom = new byte[content.length + 3];
      withBom[0] = (byte) 0xEF;
      withBom[1] = (byte) 0xBB;
      withBom[2] = (byte) 0xBF;
      System.arraycopy(content, 0, withBom, 3, content.length);

      assertThat(read(withBom)).isEqualTo(read(content));
    }
  }

  @Nested
  class Size {

    @Test
    void rejectsA50MegabyteUploadQuicklyAfterReadingJustPastTheLimit() {
      var upload = new EndlessKnowledgeBase(50L * 1024 * 1024);

      ExchangeProblem problem =
          assertTimeoutPreemptively(Duration.ofSeconds(20), () -> singleProblem(upload));

      assertThat(problem.field()).isEqualTo("file");
      assertThat(problem.message()).contains("larger than the limit of 10 MB");
      assertThat(upload.bytesServed())
          .isGreaterThan(ExchangeFormatReader.DEFAULT_MAX_BYTES)
          .isLessThan(ExchangeFormatReader.DEFAULT_MAX_BYTES + 64 * 1024);
    }

    @Test
    void acceptsAFileOfExactlyTheLimit() throws Exception {
      byte[] content = bytes(valid());

      assertThat(new ExchangeFormatReader(content.length).read(new ByteArrayInputStream(content)))
          .isNotNull();
    }

    @Test
    void rejectsAFileOneByteOverTheLimit() {
      byte[] content = bytes(valid());

      var problems = catchThrowableOfType(
              InvalidKnowledgeBaseException.class,
              () -> new ExchangeFormatReader(content.length - 1)
                  .read(new ByteArrayInputStream(content)))
          .problems();

      assertThat(problems).singleElement().extracting(ExchangeProblem::field).isEqualTo("file");
      assertThat(problems.get(0).message()).contains("larger than the limit");
    }
  }

  @Nested
  class FormatAndTypes {

    @Test
    void rejectsAnotherFormatWithThatAsTheOnlyProblem() {
      ObjectNode kb = valid();
      kb.put("format", "kb-exchange/2");
      kb.remove("defaultLanguage");

      assertProblems(kb).singleElement().satisfies(problem -> {
        assertThat(problem.field()).isEqualTo("format");
        assertThat(problem.message())
            .contains("\"kb-exchange/2\" is not supported", "kb-exchange/1");
      });
    }

    @Test
    void reportsAMissingFormatAlongsideOtherProblems() {
      ObjectNode kb = valid();
      kb.remove("format");
      kb.remove("defaultLanguage");

      assertProblems(kb)
          .extracting(ExchangeProblem::entryKey, ExchangeProblem::field)
          .containsExactly(tuple(null, "format"), tuple(null, "defaultLanguage"));
    }

    @Test
    void rejectsAFormatThatIsNotText() {
      ObjectNode kb = valid();
      kb.put("format", 1);

      assertProblems(kb)
          .extracting(ExchangeProblem::field, ExchangeProblem::message)
          .containsExactly(tuple("format", "Must be text in quotes, but is a number."));
    }

    @Test
    void reportsWrongTypesWithTheEntryKeyAndThePathOfEachValue() {
      ObjectNode kb = valid();
      translation(kb, 0, "de").put("title", 7);
      translation(kb, 0, "de").put("questions", "Wie bekomme ich eine Blaue Karte?");
      translation(kb, 0, "en").putArray("answer").add("text");
      entry(kb, 1).putArray("translations");
      kb.put("languages", "de");
      kb.putObject("name");

      assertProblems(kb)
          .extracting(ExchangeProblem::entryKey, ExchangeProblem::field, ExchangeProblem::message)
          .containsExactlyInAnyOrder(
              tuple(null, "name", "Must be text in quotes, but is an object."),
              tuple(null, "languages", "Must be a list ([ … ]), but is text."),
              tuple(
                  "blue-card",
                  "entries[0].translations.de.title",
                  "Must be text in quotes, but is a number."),
              tuple(
                  "blue-card",
                  "entries[0].translations.de.questions",
                  "Must be a list ([ … ]), but is text."),
              tuple(
                  "blue-card",
                  "entries[0].translations.en.answer",
                  "Must be text in quotes, but is a list."),
              tuple(
                  "extend-residence-permit",
                  "entries[1].translations",
                  "Must be an object ({ … }), but is a list."));
    }

    @Test
    void reportsWrongTypesInsideListsAndSynonyms() {
      ObjectNode kb = valid();
      questions(kb, 0, "de").add(true);
      ((ArrayNode) kb.get("synonyms").get("de")).add("Blaue Karte");
      ((ArrayNode) kb.get("entries")).add("an entry");
      kb.putObject("categories");

      assertProblems(kb)
          .extracting(ExchangeProblem::entryKey, ExchangeProblem::field)
          .containsExactlyInAnyOrder(
              tuple(null, "categories"),
              tuple("blue-card", "entries[0].translations.de.questions[2]"),
              tuple(null, "entries[2]"),
              tuple(null, "synonyms.de[2]"));
    }

    @Test
    void rejectsEntriesThatAreNotAList() {
      ObjectNode kb = valid();
      kb.putObject("entries");

      assertProblems(kb).extracting(ExchangeProblem::field).containsExactly("entries");
    }
  }

  @Nested
  class RequiredFields {

    @ParameterizedTest
    @ValueSource(strings = {"key", "category", "translations"})
    void reportsAMissingEntryField(String field) {
      ObjectNode kb = valid();
      entry(kb, 1).remove(field);

      String expectedKey = field.equals("key") ? null : "extend-residence-permit";
      assertProblems(kb)
          .extracting(ExchangeProblem::entryKey, ExchangeProblem::field)
          .containsExactly(tuple(expectedKey, "entries[1]." + field));
      assertProblems(kb)
          .first()
          .extracting(ExchangeProblem::message)
          .asString()
          .contains("missing", "Add");
    }

    @ParameterizedTest
    @ValueSource(strings = {"title", "questions", "answer"})
    void reportsAMissingTranslationField(String field) {
      ObjectNode kb = valid();
      translation(kb, 0, "en").remove(field);

      assertProblems(kb)
          .extracting(ExchangeProblem::entryKey, ExchangeProblem::field)
          .containsExactly(tuple("blue-card", "entries[0].translations.en." + field));
    }

    @ParameterizedTest
    @ValueSource(strings = {"defaultLanguage", "entries"})
    void reportsAMissingTopLevelField(String field) {
      ObjectNode kb = valid();
      kb.remove(field);

      assertProblems(kb).extracting(ExchangeProblem::field).contains(field);
    }

    @Test
    void requiresAtLeastOneQuestion() {
      ObjectNode kb = valid();
      translation(kb, 1, "de").putArray("questions");

      assertProblems(kb)
          .extracting(ExchangeProblem::entryKey, ExchangeProblem::field, ExchangeProblem::message)
          .containsExactly(tuple(
              "extend-residence-permit",
              "entries[1].translations.de.questions",
              "Add at least one question users ask for this entry."));
    }

    @Test
    void rejectsBlankQuestionsTitlesAndAnswers() {
      ObjectNode kb = valid();
      questions(kb, 0, "de").add("   ");
      translation(kb, 0, "en").put("title", "");
      translation(kb, 1, "de").put("answer", " \n ");

      assertProblems(kb)
          .extracting(ExchangeProblem::entryKey, ExchangeProblem::field, ExchangeProblem::message)
          .containsExactly(
              tuple(
                  "blue-card",
                  "entries[0].translations.de.questions[2]",
                  "The question is empty. Fill it in."),
              tuple(
                  "blue-card",
                  "entries[0].translations.en.title",
                  "The title is empty. Fill it in."),
              tuple(
                  "extend-residence-permit",
                  "entries[1].translations.de.answer",
                  "The answer is empty. Fill it in."));
    }

    @Test
    void requiresATranslationInTheDefaultLanguage() {
      ObjectNode kb = valid();
      ((ObjectNode) entry(kb, 0).get("translations")).remove("de");

      assertProblems(kb)
          .extracting(ExchangeProblem::entryKey, ExchangeProblem::field, ExchangeProblem::message)
          .containsExactly(tuple(
              "blue-card",
              "entries[0].translations.de",
              "The translation in the default language \"de\" is missing. Every entry needs"
                  + " one."));
    }

    @Test
    void requiresACategoryKeyAndTitle() {
      ObjectNode kb = valid();
      ((ObjectNode) kb.get("categories").get(0)).remove("key");
      ((ObjectNode) kb.get("categories").get(1)).remove("title");

      assertProblems(kb)
          .extracting(ExchangeProblem::field)
          .containsExactly("categories[0].key", "categories[1].title", "entries[1].category");
    }
  }

  @Nested
  class Keys {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Blue-Card",
          "blue card",
          "blue_card",
          "blaue-karte-für-ärzte",
          "",
          " blue-card",
          "blue-card\n"
        })
    void rejectsAKeyThatIsNotLowerCaseLettersDigitsAndHyphens(String key) {
      ObjectNode kb = valid();
      entry(kb, 0).put("key", key);

      assertProblems(kb).singleElement().satisfies(problem -> {
        assertThat(problem.field()).isEqualTo("entries[0].key");
        assertThat(problem.entryKey()).isEqualTo(key);
      });
    }

    @Test
    void suggestsTheKeyWithoutSurroundingSpaces() {
      ObjectNode kb = valid();
      entry(kb, 0).put("key", " blue-card ");

      assertProblems(kb)
          .singleElement()
          .extracting(ExchangeProblem::message)
          .asString()
          .contains("spaces around it", "Write it as \"blue-card\"");
    }

    @Test
    void rejectsAKeyLongerThan64Characters() {
      ObjectNode kb = valid();
      entry(kb, 0).put("key", "a".repeat(65));

      assertProblems(kb)
          .singleElement()
          .extracting(ExchangeProblem::message)
          .asString()
          .contains("longer than 64 characters");
    }

    @Test
    void rejectsAKeyThatIsNotText() {
      ObjectNode kb = valid();
      entry(kb, 0).put("key", 12);

      assertProblems(kb)
          .extracting(ExchangeProblem::entryKey, ExchangeProblem::field)
          .containsExactly(tuple(null, "entries[0].key"));
    }

    @Test
    void rejectsDuplicateEntryKeysNamingTheEarlierEntry() {
      ObjectNode kb = valid();
      entry(kb, 1).put("key", "blue-card");

      assertProblems(kb)
          .extracting(ExchangeProblem::entryKey, ExchangeProblem::field, ExchangeProblem::message)
          .containsExactly(tuple(
              "blue-card",
              "entries[1].key",
              "The key \"blue-card\" is already used by entries[0]. Keys must be unique;"
                  + " rename one of the entries."));
    }

    @Test
    void rejectsDuplicateAndMalformedCategoryKeys() {
      ObjectNode kb = valid();
      ((ObjectNode) kb.get("categories").get(1)).put("key", "residence");
      ((ArrayNode) kb.get("categories"))
          .addObject()
          .put("key", "Family")
          .putObject("title")
          .put("de", "Familie");
      entry(kb, 0).put("category", "residence");

      assertProblems(kb)
          .extracting(ExchangeProblem::field, ExchangeProblem::message)
          .containsExactly(
              tuple(
                  "categories[1].key",
                  "The category key \"residence\" is already used by categories[0]."
                      + " Category keys must be unique."),
              tuple(
                  "categories[2].key",
                  "The key \"Family\" may only contain lower-case letters a–z, digits and \"-\"."
                      + " Write it as \"family\"."));
    }

    @Test
    void rejectsAnEntryInACategoryTheFileDoesNotDefine() {
      ObjectNode kb = valid();
      entry(kb, 1).put("category", "family");

      assertProblems(kb)
          .extracting(ExchangeProblem::entryKey, ExchangeProblem::field, ExchangeProblem::message)
          .containsExactly(tuple(
              "extend-residence-permit",
              "entries[1].category",
              "The category \"family\" is not defined under \"categories\". Use one of"
                  + " \"residence\", \"work\", or add it there."));
    }
  }

  @Nested
  class Languages {

    @Test
    void rejectsUnsupportedLanguagesWhereverTheyAppear() {
      ObjectNode kb = valid();
      ((ArrayNode) kb.get("languages")).add("xx");
      ((ObjectNode) entry(kb, 1).get("translations"))
          .set("hr", translation(kb, 1, "de").deepCopy());
      ((ObjectNode) kb.get("synonyms")).putArray("klingon").addArray().add("Qapla'");
      ((ObjectNode) kb.get("categories").get(0).get("title")).put("eo", "Loĝado");

      assertProblems(kb)
          .extracting(ExchangeProblem::entryKey, ExchangeProblem::field)
          .containsExactly(
              tuple(null, "languages[2]"),
              tuple(null, "categories[0].title.eo"),
              tuple("extend-residence-permit", "entries[1].translations.hr"),
              tuple(null, "synonyms.klingon"));
      assertProblems(kb)
          .first()
          .extracting(ExchangeProblem::message)
          .asString()
          .contains("\"xx\" is not supported", "de, en, ar");
    }

    @Test
    void rejectsAnUnsupportedDefaultLanguage() {
      ObjectNode kb = valid();
      kb.put("defaultLanguage", "hr");

      assertProblems(kb).extracting(ExchangeProblem::field).first().isEqualTo("defaultLanguage");
    }

    @Test
    void rejectsUpperCaseOrPaddedLanguageCodesNamingTheCorrectForm() {
      ObjectNode kb = valid();
      kb.put("defaultLanguage", "DE");
      ((ArrayNode) kb.get("languages")).set(1, " en");

      assertProblems(kb)
          .extracting(ExchangeProblem::field, ExchangeProblem::message)
          .containsExactly(
              tuple(
                  "defaultLanguage",
                  "Write the language code \"DE\" as \"de\" (lower case, no spaces)."),
              tuple(
                  "languages[1]",
                  "Write the language code \" en\" as \"en\" (lower case, no spaces)."));
    }

    @Test
    void rejectsALanguageListedTwiceOrADefaultLanguageNotListed() {
      ObjectNode kb = valid();
      kb.putArray("languages").add("en").add("en");

      assertProblems(kb)
          .extracting(ExchangeProblem::field, ExchangeProblem::message)
          .containsExactly(
              tuple("languages[1]", "\"en\" is listed twice. Remove one."),
              tuple(
                  "languages",
                  "The default language \"de\" is not among the languages. Add it to"
                      + " \"languages\"."));
    }

    @Test
    void rejectsAnEmptySynonym() {
      ObjectNode kb = valid();
      ((ArrayNode) kb.get("synonyms").get("en").get(0)).add(" ");

      assertProblems(kb).extracting(ExchangeProblem::field).containsExactly("synonyms.en[0][2]");
    }
  }

  @Nested
  class Markup {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Das ist <b>wichtig</b>.",
          "<script>alert(1)</script>",
          "Absatz</p>",
          "Hinweis <!-- versteckt -->",
          "<img src=x onerror=alert(1)>",
          "<IMG SRC=x>",
          "<?php echo 1; ?>",
          "<!DOCTYPE html>"
        })
    void rejectsRawHtmlInAnswers(String answer) {
      ObjectNode kb = valid();
      translation(kb, 0, "en").put("answer", answer);

      assertProblems(kb).singleElement().satisfies(problem -> {
        assertThat(problem.entryKey()).isEqualTo("blue-card");
        assertThat(problem.field()).isEqualTo("entries[0].translations.en.answer");
        assertThat(problem.message()).startsWith("Contains HTML").contains("use Markdown");
      });
    }

    @Test
    void rejectsRawHtmlInTitlesQuestionsAndCategoryTitles() {
      ObjectNode kb = valid();
      translation(kb, 0, "de").put("title", "<b>Blaue Karte</b>");
      questions(kb, 1, "de").add("Was ist <i>das</i>?");
      ((ObjectNode) kb.get("categories").get(0).get("title")).put("de", "<span>Aufenthalt</span>");

      assertProblems(kb)
          .extracting(ExchangeProblem::field)
          .containsExactly(
              "categories[0].title.de",
              "entries[0].translations.de.title",
              "entries[1].translations.de.questions[1]");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Einkommen < 1.000 € im Monat",
          "Bearbeitungszeit <= 3 Monate",
          "Kinder <6 Jahre und Wert a<3",
          "Pfeil <- zurück und -> weiter",
          "Siehe <https://www.bamf.de> oder <amt@example.org>",
          "**Fett**, *kursiv*, _auch kursiv_\n\n1. eins\n2. zwei\n\n- a\n- b",
          "[Termin](https://termine.example.org/a_(b)) [Mail](mailto:amt@example.org) [Ruf"
              + " an](tel:+49 8031 392)",
          "[Seite](HTTP://EXAMPLE.ORG)",
          "Gebühr [optional] (siehe unten)"
        })
    void allowsHarmlessTextAndAllowedMarkdown(String answer) throws Exception {
      ObjectNode kb = valid();
      translation(kb, 0, "en").put("answer", answer);

      assertThat(read(bytes(kb)).entries().get(0).translations().get("en").answer())
          .isEqualTo(answer);
    }

    @ParameterizedTest
    @ValueSource(strings = {"![Karte](https://example.org/karte.png)", "Bild: ![alt][logo]"})
    void rejectsMarkdownImages(String answer) {
      ObjectNode kb = valid();
      translation(kb, 0, "de").put("answer", answer);

      assertProblems(kb)
          .extracting(ExchangeProblem::entryKey, ExchangeProblem::field, ExchangeProblem::message)
          .containsExactly(tuple(
              "blue-card",
              "entries[0].translations.de.answer",
              "Contains an image (\"![…](…)\"). Images are not allowed; link to the page that"
                  + " shows it instead."));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "[Klick](javascript:alert(1))",
          "[Klick]( JavaScript:alert(1))",
          "[Klick](java&#115;cript:alert(1))",
          "[Bild](data:text/html;base64,PHNjcmlwdD4=)",
          "[Formulare](/formulare)",
          "[Formulare](formulare.html)",
          "[Abschnitt](#kosten)",
          "[Fremd](//evil.example)",
          "[Leer]()",
          "[Link][1]\n\n[1]: javascript:alert(1)",
          "Siehe <javascript:alert(1)>",
          "[a [verschachtelt] b](javascript:alert(1))"
        })
    void rejectsLinksThatAreNotHttpHttpsMailtoOrTel(String answer) {
      ObjectNode kb = valid();
      translation(kb, 0, "de").put("answer", answer);

      assertProblems(kb).singleElement().satisfies(problem -> {
        assertThat(problem.field()).isEqualTo("entries[0].translations.de.answer");
        assertThat(problem.message())
            .containsAnyOf("Links must be full addresses", "link without a target");
      });
    }

    @Test
    void namesTheSchemeOfAForbiddenLink() {
      ObjectNode kb = valid();
      translation(kb, 0, "de").put("answer", "[Klick](javascript:alert(document.cookie))");

      assertProblems(kb)
          .extracting(ExchangeProblem::message)
          .containsExactly(
              "Contains a link to a \"javascript:\" address. Links must be full addresses"
                  + " starting with https://, http://, mailto: or tel:.");
    }

    @Test
    void rejectsForbiddenLinksInQuestionsToo() {
      ObjectNode kb = valid();
      questions(kb, 0, "en").set(0, "[Click](javascript:alert(1))");

      assertProblems(kb)
          .extracting(ExchangeProblem::field)
          .containsExactly("entries[0].translations.en.questions[0]");
    }
  }

  @Nested
  class LengthsAndCounts {

    @Test
    void rejectsTextsLongerThanTheirLimits() {
      ObjectNode kb = valid();
      translation(kb, 0, "de").put("title", "T".repeat(201));
      questions(kb, 0, "de").set(0, "Q".repeat(501));
      translation(kb, 0, "de").put("answer", "A".repeat(20_001));

      assertProblems(kb)
          .extracting(ExchangeProblem::field, ExchangeProblem::message)
          .containsExactly(
              tuple(
                  "entries[0].translations.de.title",
                  "The title is 201 characters long; at most 200 are allowed. Shorten it."),
              tuple(
                  "entries[0].translations.de.questions[0]",
                  "The question is 501 characters long; at most 500 are allowed. Shorten it."),
              tuple(
                  "entries[0].translations.de.answer",
                  "The answer is 20001 characters long; at most 20000 are allowed. Shorten it."));
    }

    @Test
    void acceptsTextsOfExactlyTheirLimitsCountingCodePoints() throws Exception {
      ObjectNode kb = valid();
      translation(kb, 0, "de").put("title", "😀".repeat(200));
      questions(kb, 0, "de").set(0, "Q".repeat(500));
      translation(kb, 0, "de").put("answer", "A".repeat(20_000));

      assertThat(read(bytes(kb)).entries().get(0).translations().get("de").title())
          .hasSize(400);
    }

    @Test
    void rejectsMoreThan50QuestionsPerTranslation() {
      ObjectNode kb = valid();
      var questions = translation(kb, 1, "de").putArray("questions");
      for (int i = 0; i < 51; i++) {
        questions.add("Frage " + i);
      }

      assertProblems(kb)
          .extracting(ExchangeProblem::entryKey, ExchangeProblem::field)
          .containsExactly(
              tuple("extend-residence-permit", "entries[1].translations.de.questions"));
    }

    @Test
    void rejectsMoreThan5000Entries() {
      ObjectNode kb = valid();
      var entries = kb.putArray("entries");
      for (int i = 0; i < 5_001; i++) {
        ObjectNode entry = entries.addObject().put("key", "entry-" + i).put("category", "work");
        entry
            .putObject("translations")
            .putObject("de")
            .put("title", "Titel " + i)
            .put("answer", "Antwort")
            .putArray("questions")
            .add("Frage?");
      }

      assertProblems(kb)
          .extracting(ExchangeProblem::field, ExchangeProblem::message)
          .containsExactly(tuple(
              "entries",
              "The file has 5001 entries; at most 5000 are allowed. Split the knowledge"
                  + " base."));
    }
  }

  @Nested
  class Characters {

    @Test
    void rejectsControlCharactersThatCannotBeStored() {
      ObjectNode kb = valid();
      translation(kb, 0, "de").put("answer", "Antwort\u0000mit NUL");
      translation(kb, 0, "en").put("title", "Price \u0080 (a mis-decoded euro sign)");

      assertProblems(kb)
          .extracting(ExchangeProblem::field, ExchangeProblem::message)
          .containsExactly(
              tuple(
                  "entries[0].translations.de.answer",
                  "Contains the invisible control character U+0000. Remove it."),
              tuple(
                  "entries[0].translations.en.title",
                  "Contains the invisible control character U+0080. Remove it."));
    }

    @Test
    void allowsTabsAndLineBreaks() throws Exception {
      ObjectNode kb = valid();
      translation(kb, 0, "de").put("answer", "Zeile 1\r\nZeile 2\n\tEingerückt");

      assertThat(read(bytes(kb)).entries().get(0).translations().get("de").answer())
          .isEqualTo("Zeile 1\r\nZeile 2\n\tEingerückt");
    }

    @Test
    void rejectsALoneSurrogateEscape() {
      String json = new String(bytes(valid()), StandardCharsets.UTF_8)
          .replace("Blaue Karte EU\"", "Blaue Karte EU \\ud83d\"");

      assertThat(problems(json.getBytes(StandardCharsets.UTF_8)))
          .extracting(ExchangeProblem::entryKey, ExchangeProblem::field, ExchangeProblem::message)
          .containsExactly(tuple(
              "blue-card",
              "entries[0].translations.de.title",
              "Contains a broken character (a lone \"\\ud83d\" escape). Remove it or write the"
                  + " whole character."));
    }

    @Test
    void acceptsCharactersOutsideTheBasicPlane() throws Exception {
      ObjectNode kb = valid();
      translation(kb, 0, "de").put("title", "Blaue Karte \uD83D\uDE00");

      assertThat(read(bytes(kb)).entries().get(0).translations().get("de").title())
          .isEqualTo("Blaue Karte 😀");
    }
  }

  @Nested
  class Collecting {

    @Test
    void reportsEveryProblemOfTheFileNotOnlyTheFirst() {
      ObjectNode kb = valid();
      entry(kb, 0).put("key", "Blue Card");
      translation(kb, 0, "en").put("answer", "<b>x</b>");
      entry(kb, 1).remove("category");
      kb.put("defaultLanguage", "xx");

      assertProblems(kb)
          .extracting(ExchangeProblem::entryKey, ExchangeProblem::field)
          .containsExactly(
              tuple(null, "defaultLanguage"),
              tuple("Blue Card", "entries[0].key"),
              tuple("Blue Card", "entries[0].translations.en.answer"),
              tuple("extend-residence-permit", "entries[1].category"));
    }

    @Test
    void stopsListingAt200ProblemsAndSaysSo() {
      ObjectNode kb = valid();
      var entries = kb.putArray("entries");
      for (int i = 0; i < 300; i++) {
        entries.addObject().put("key", "entry-" + i);
      }

      List<ExchangeProblem> problems = problems(bytes(kb));

      assertThat(problems).hasSize(ProblemCollector.MAX_PROBLEMS);
      assertThat(problems.get(problems.size() - 1)).satisfies(last -> {
        assertThat(last.field()).isEqualTo("file");
        assertThat(last.message()).contains("more problems than the 199 listed");
      });
    }
  }

  private KnowledgeBaseFile read(byte[] content) throws InvalidKnowledgeBaseException {
    return reader.read(new ByteArrayInputStream(content));
  }

  private List<ExchangeProblem> problems(byte[] content) {
    return problems(new ByteArrayInputStream(content));
  }

  private List<ExchangeProblem> problems(InputStream content) {
    var rejected =
        catchThrowableOfType(InvalidKnowledgeBaseException.class, () -> reader.read(content));
    assertThat(rejected).as("the file should have been rejected").isNotNull();
    assertThat(rejected.problems()).isNotEmpty();
    return rejected.problems();
  }

  private ListAssert<ExchangeProblem> assertProblems(ObjectNode kb) {
    return assertThat(problems(bytes(kb)));
  }

  private ExchangeProblem singleProblem(byte[] content) {
    return singleProblem(new ByteArrayInputStream(content));
  }

  private ExchangeProblem singleProblem(InputStream content) {
    List<ExchangeProblem> problems = problems(content);
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  private static void assertNoInternals(String message) {
    assertThat(message)
        .doesNotContain("tools.jackson", "java.", "Exception", "Source", "`", "JsonToken", "\n");
  }

  /** Serves a valid-looking file that goes on for the given number of bytes, without storing it. */
  private static final class EndlessKnowledgeBase extends InputStream {

    private static final byte[] HEAD =
        "{\"format\":\"kb-exchange/1\",\"defaultLanguage\":\"de\",\"entries\":["
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] ENTRY =
        ("{\"key\":\"k\",\"category\":\"c\",\"translations\":{\"de\":{\"title\":\"T\","
                + "\"questions\":[\"Q?\"],\"answer\":\""
                + "Antwort ".repeat(100)
                + "\"}}},")
            .getBytes(StandardCharsets.UTF_8);

    private final long length;
    private long served;

    EndlessKnowledgeBase(long length) {
      this.length = length;
    }

    long bytesServed() {
      return served;
    }

    @Override
    public int read() {
      if (served >= length) {
        return -1;
      }
      long position = served++;
      return position < HEAD.length
          ? HEAD[(int) position]
          : ENTRY[(int) ((position - HEAD.length) % ENTRY.length)];
    }

    @Override
    public int read(byte[] buffer, int offset, int count) {
      if (served >= length) {
        return -1;
      }
      int n = (int) Math.min(count, length - served);
      for (int i = 0; i < n; i++) {
        buffer[offset + i] = (byte) read();
      }
      return n;
    }
  }
}
