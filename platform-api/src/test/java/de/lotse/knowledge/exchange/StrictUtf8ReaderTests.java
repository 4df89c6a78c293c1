package de.lotse.knowledge.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictUtf8ReaderTests {

  @ParameterizedTest
  @ValueSource(ints = {8190, 8191, 8192, 8193})
  void decodesCharactersThatStraddleTheBufferBoundary(int asciiBefore) throws IOException {
    String text = "x".repeat(asciiBefore) + "ä😀ب€" + "y".repeat(9000) + "😀";

    assertThat(decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
  }

  @Test
  void skipsALeadingByteOrderMarkOnly() throws IOException {
    var bytes = new ByteArrayOutputStream();
    bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bytes.writeBytes("a\uFEFFb".getBytes(StandardCharsets.UTF_8));

    assertThat(decode(bytes.toByteArray())).isEqualTo("a\uFEFFb");
  }

  @Test
  void remembersLineAndColumnOfTheFirstMalformedByte() {
    byte[] bytes = "ab\ncdé".getBytes(StandardCharsets.ISO_8859_1);
    var reader = new StrictUtf8Reader(new ByteArrayInputStream(bytes));

    assertThatThrownBy(() -> reader.transferTo(new StringWriter())).isInstanceOf(IOException.class);
    assertThat(reader.malformedAt()).isEqualTo(new StrictUtf8Reader.Position(2, 3));
  }

  @Test
  void rejectsASequenceCutOffAtTheEnd() {
    byte[] bytes = {'a', (byte) 0xE2, (byte) 0x82};
    var reader = new StrictUtf8Reader(new ByteArrayInputStream(bytes));

    assertThatThrownBy(() -> reader.transferTo(new StringWriter())).isInstanceOf(IOException.class);
    assertThat(reader.malformedAt()).isEqualTo(new StrictUtf8Reader.Position(1, 2));
  }

  @Test
  void rejectsEncodedSurrogates() {
    byte[] bytes = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
    var reader = new StrictUtf8Reader(new ByteArrayInputStream(bytes));

    assertThatThrownBy(() -> reader.transferTo(new StringWriter())).isInstanceOf(IOException.class);
  }

  private static String decode(byte[] bytes) throws IOException {
    var out = new StringWriter();
    try (Reader reader = new StrictUtf8Reader(new ByteArrayInputStream(bytes))) {
      reader.transferTo(out);
    }
    return out.toString();
  }
}
