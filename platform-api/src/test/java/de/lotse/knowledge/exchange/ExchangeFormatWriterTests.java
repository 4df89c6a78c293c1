package de.lotse.knowledge.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExchangeFormatWriterTests {

  private final ExchangeFormatWriter writer = new ExchangeFormatWriter();
  private final ExchangeFormatReader reader = new ExchangeFormatReader();

  @Test
  void readsBackEqualToWhatWasWritten() throws Exception {
    KnowledgeBaseFile kb =
        reader.read(new ByteArrayInputStream(KnowledgeBaseJson.bytes(KnowledgeBaseJson.valid())));

    assertThat(roundTrip(kb)).isEqualTo(kb);
  }

  @Test
  void readsTheSharedEvaluationKnowledgeBaseBackEqualAfterWritingIt() throws Exception {
    KnowledgeBaseFile kb;
    try (InputStream in = Files.newInputStream(EvalKnowledgeBase.path())) {
      kb = reader.read(in);
    }

    assertThat(roundTrip(kb)).isEqualTo(kb);
  }

  @Test
  void keepsTextThatNeedsEscapingAndRightToLeftScriptsIntact() throws Exception {
    var translations = new LinkedHashMap<String, TranslationData>();
    translations.put(
        "de",
        new TranslationData(
            "Zitat \"mit\" Anführungszeichen \\ und Tab\t",
            List.of("Zeile 1\nZeile 2", "Einkommen < 1.000 €?", "Emoji 😀"),
            "**Fett**\r\n\r\n- Punkt\n- [Mail](mailto:amt@example.org)"));
    translations.put(
        "ar",
        new TranslationData(
            "البطاقة الزرقاء", List.of("كيف أحصل على البطاقة الزرقاء؟"), "تحتاج إلى عقد عمل."));
    var kb = new KnowledgeBaseFile(
        null,
        "de",
        List.of("de", "ar"),
        List.of(),
        List.of(new EntryData("blue-card", "work", translations)),
        Map.of());

    assertThat(roundTrip(kb)).isEqualTo(kb);
  }

  @Test
  void writesPrettyPrintedUtf8StartingWithTheFormat() {
    var kb = new KnowledgeBaseFile(
        "Ausländerbehörde",
        "de",
        List.of("de"),
        List.of(new CategoryData("work", Map.of("de", "Arbeit"))),
        List.of(new EntryData(
            "blue-card",
            "work",
            Map.of("de", new TranslationData("Blaue Karte", List.of("Wie?"), "So.")))),
        Map.of("de", List.of(List.of("Blaue Karte", "Blue Card"))));

    String json = write(kb);

    assertThat(json)
        .startsWith("{\n  \"format\": \"kb-exchange/1\",\n  \"name\": \"Ausländerbehörde\",\n")
        .contains("\n  \"entries\": [\n    {\n      \"key\": \"blue-card\",\n")
        .contains("\"questions\": [\n            \"Wie?\"\n          ]")
        .endsWith("}\n");
  }

  @Test
  void leavesOutAnAbsentNameAndEmptyCategoriesAndSynonyms() throws Exception {
    var kb = new KnowledgeBaseFile(null, "de", List.of("de"), List.of(), List.of(), Map.of());

    String json = write(kb);

    assertThat(json)
        .doesNotContain("\"name\"", "\"categories\"", "\"synonyms\"")
        .contains("\"entries\": []");
    assertThat(roundTrip(kb)).isEqualTo(kb);
  }

  @Test
  void leavesTheStreamOpenForTheCaller() {
    var out = new CloseRecordingStream();

    writer.write(new KnowledgeBaseFile(null, "de", List.of("de"), null, null, null), out);

    assertThat(out.closed).isFalse();
    assertThat(out.size()).isPositive();
  }

  @Test
  void reportsAFailingStreamAsAnIoError() {
    OutputStream broken = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("disk full");
      }
    };

    assertThatThrownBy(() -> writer.write(
            new KnowledgeBaseFile(null, "de", List.of("de"), null, null, null), broken))
        .isInstanceOf(UncheckedIOException.class);
  }

  private KnowledgeBaseFile roundTrip(KnowledgeBaseFile kb) throws InvalidKnowledgeBaseException {
    var out = new ByteArrayOutputStream();
    writer.write(kb, out);
    return reader.read(new ByteArrayInputStream(out.toByteArray()));
  }

  private String write(KnowledgeBaseFile kb) {
    var out = new ByteArrayOutputStream();
    writer.write(kb, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static final class CloseRecordingStream extends ByteArrayOutputStream {

    private boolean closed;

    @Override
    public void close() {
      closed = true;
    }
  }
}
