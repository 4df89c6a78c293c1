package de.lotse.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** What an uploaded logo really is, judged by its bytes. */
class LogoInspectorTests {

  private final LogoInspector inspector = new LogoInspector(1024);

  @Test
  void recognisesAPngAndReadsItsSize() throws LogoRejectedException {
    byte[] png = TestImages.png(300, 100);

    LogoImage logo = inspector.inspect(png);

    assertThat(logo.contentType()).isEqualTo("image/png");
    assertThat(logo.width()).isEqualTo(300);
    assertThat(logo.height()).isEqualTo(100);
    assertThat(logo.content()).isEqualTo(png);
  }

  @Test
  void recognisesAJpegAndReadsItsSize() throws LogoRejectedException {
    LogoImage logo = inspector.inspect(TestImages.jpeg(200, 80));

    assertThat(logo.contentType()).isEqualTo("image/jpeg");
    assertThat(logo.width()).isEqualTo(200);
    assertThat(logo.height()).isEqualTo(80);
  }

  @Test
  void recognisesAnSvgWhateverTheUploadClaimed() throws LogoRejectedException {
    LogoImage logo = inspector.inspect(TestImages.svg("<rect width=\"10\" height=\"10\"/>"));

    assertThat(logo.contentType()).isEqualTo("image/svg+xml");
    assertThat(logo.width()).isEqualTo(120);
    assertThat(logo.height()).isEqualTo(40);
  }

  @Test
  void refusesImagesWiderOrHigherThanTheLimit() {
    assertThatThrownBy(() -> inspector.inspect(TestImages.png(1025, 10)))
        .hasMessageContaining("1025 pixels in width");
    assertThatThrownBy(() -> inspector.inspect(TestImages.jpeg(10, 2000)))
        .hasMessageContaining("2000 pixels in height");
  }

  @Test
  void refusesWhatIsNoneOfTheThreeFormats() {
    byte[] gif = "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1);
    byte[] pdf = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);

    for (byte[] upload : new byte[][] {gif, pdf, new byte[0]}) {
      assertThatThrownBy(() -> inspector.inspect(upload)).isInstanceOf(LogoRejectedException.class);
    }
  }

  @Test
  void refusesAnHtmlPageHoweverItIsNamed() {
    byte[] html = "<!doctype html><html><body><script>alert(1)</script></body></html>"
        .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> inspector.inspect(html))
        .isInstanceOf(LogoRejectedException.class)
        .hasMessageContaining("DOCTYPE");
    assertThatThrownBy(() ->
            inspector.inspect("<html><script>x</script></html>".getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("not an SVG image");
  }

  @Test
  void refusesAPngWithSomethingAppended() {
    byte[] png = TestImages.png(20, 20);
    byte[] html = "<script>alert(document.domain)</script>".getBytes(StandardCharsets.US_ASCII);
    byte[] polyglot = Arrays.copyOf(png, png.length + html.length);
    System.arraycopy(html, 0, polyglot, png.length, html.length);

    assertThatThrownBy(() -> inspector.inspect(polyglot)).hasMessageContaining("end marker");
  }

  @Test
  void refusesATruncatedPngOrJpeg() {
    byte[] png = TestImages.png(20, 20);
    byte[] jpeg = TestImages.jpeg(20, 20);

    assertThatThrownBy(() -> inspector.inspect(Arrays.copyOf(png, 20)))
        .isInstanceOf(LogoRejectedException.class);
    assertThatThrownBy(() -> inspector.inspect(Arrays.copyOf(jpeg, 6)))
        .hasMessageContaining("JPEG");
  }
}
