package de.lotse.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lotse.knowledge.exchange.ExchangeProblem;
import de.lotse.knowledge.exchange.InvalidKnowledgeBaseException;
import de.lotse.support.PlatformIntegrationTest;
import de.lotse.support.TestOffices;
import de.lotse.tenant.TenantProfile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@PlatformIntegrationTest
class KnowledgeImportIntegrationTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired
  TestOffices offices;

  @Autowired
  KnowledgeService knowledge;

  TenantProfile office;
  String officeA;

  @BeforeEach
  void office() throws IOException {
    office = offices.create("kb", List.of());
    try (InputStream in = TestOffices.resource("kb/office-a.json")) {
      officeA = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void importReportsCreatedUpdatedAndUnchangedEntriesByKey() throws Exception {
    ImportReport first = importText(officeA);
    ImportReport again = importText(officeA);
    ImportReport edited = importText(
        officeA.replace("Report the loss to the police", "Report the loss to the police at once"));

    assertThat(first).isEqualTo(new ImportReport(5, 0, 0, 5));
    assertThat(again).isEqualTo(new ImportReport(0, 0, 5, 0));
    assertThat(edited).isEqualTo(new ImportReport(0, 1, 4, 1));
  }

  @Test
  void exportThenImportGivesTheSameKnowledgeBase() throws Exception {
    importText(officeA);
    String exported = export(office);

    TenantProfile copy = offices.create("kb-copy", List.of());
    ImportReport report = knowledge.importFile(copy.id(), bytes(exported), "test", true);
    ImportReport reimport = importText(exported);

    assertThat(report.created()).isEqualTo(5);
    assertThat(export(copy)).isEqualTo(exported);
    assertThat(reimport).isEqualTo(new ImportReport(0, 0, 5, 0));
  }

  @Test
  void rejectedFileLeavesTheStoredKnowledgeBaseAsItWas() throws Exception {
    importText(officeA);
    String before = export(office);
    String duplicateWithChange = officeA
        .replace("Report the loss to the police", "CHANGED")
        .replace("\"key\": \"appointment\"", "\"key\": \"blue-card\"");

    assertThatThrownBy(() -> importText(duplicateWithChange))
        .isInstanceOf(InvalidKnowledgeBaseException.class);
    assertThat(export(office)).isEqualTo(before);
  }

  @Test
  void malformedJsonIsRejectedWithItsPosition() {
    assertProblem(officeA.substring(0, 500), null, null);
  }

  @Test
  void missingDefaultLanguageTranslationNamesEntryAndField() {
    ObjectNode kb = (ObjectNode) JSON.readTree(officeA);
    for (JsonNode entry : kb.get("entries")) {
      if (entry.get("key").asString().equals("lost-passport")) {
        ((ObjectNode) entry.get("translations")).remove("de");
      }
    }
    assertProblem(JSON.writeValueAsString(kb), "lost-passport", "translations");
  }

  @Test
  void duplicateKeysNameTheKey() {
    assertProblem(
        officeA.replace("\"key\": \"appointment\"", "\"key\": \"blue-card\""), "blue-card", "key");
  }

  @Test
  void rawHtmlInAnAnswerNamesEntryAndField() {
    assertProblem(
        officeA.replace(
            "Report the loss to the police",
            "Report the loss <script>alert(1)</script> to the police"),
        "lost-passport",
        "answer");
  }

  @Test
  void wrongTypeNamesEntryAndField() {
    assertProblem(
        officeA.replace("\"title\": \"Lost passport\"", "\"title\": 42"), "lost-passport", "title");
  }

  @Test
  void fiftyMegabyteFileIsRejectedWithoutReadingItWhole() {
    InputStream huge = new SequenceInputStream(
        bytes("{\"format\": \"kb-exchange/1\", \"name\": \""), new InputStream() {
          long left = 50L * 1024 * 1024;

          @Override
          public int read() {
            return left-- > 0 ? 'a' : -1;
          }
        });
    assertThatThrownBy(() -> knowledge.importFile(office.id(), huge, "test", true))
        .isInstanceOfSatisfying(
            InvalidKnowledgeBaseException.class,
            e -> assertThat(e.problems()).extracting(ExchangeProblem::field).contains("file"));
    assertThat(knowledge.countEntries(office.id())).isZero();
  }

  private void assertProblem(String file, String entryKey, String fieldPart) {
    assertThatThrownBy(() -> importText(file))
        .isInstanceOfSatisfying(InvalidKnowledgeBaseException.class, e -> {
          assertThat(e.problems()).isNotEmpty();
          if (entryKey != null) {
            assertThat(e.problems()).anySatisfy(p -> {
              assertThat(p.entryKey()).isEqualTo(entryKey);
              assertThat(p.field()).contains(fieldPart);
            });
          }
          assertThat(e.problems())
              .allSatisfy(p -> assertThat(p.message())
                  .doesNotContain("Exception")
                  .doesNotContain("tools.jackson"));
        });
    assertThat(knowledge.countEntries(office.id())).isZero();
  }

  private ImportReport importText(String text) throws InvalidKnowledgeBaseException {
    return knowledge.importFile(office.id(), bytes(text), "test", true);
  }

  private String export(TenantProfile tenant) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    knowledge.exportFile(tenant.id(), "Export", "de", out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
