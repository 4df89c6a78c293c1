package de.lotse.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class WidgetBundleTests {

  private static final byte[] SCRIPT =
      "(function(){console.log('Mila')})();".getBytes(StandardCharsets.UTF_8);

  @Test
  void versionIsAContentHashThatChangesWithTheScript() {
    WidgetBundle bundle = WidgetBundle.of(SCRIPT);
    WidgetBundle changed = WidgetBundle.of("(function(){})();".getBytes(StandardCharsets.UTF_8));

    assertThat(bundle.version()).matches("[0-9a-f]{16}");
    assertThat(WidgetBundle.of(SCRIPT.clone()).version()).isEqualTo(bundle.version());
    assertThat(changed.version()).isNotEqualTo(bundle.version());
  }

  @Test
  void gzippedFormUnpacksToTheScript() throws IOException {
    WidgetBundle bundle = WidgetBundle.of(SCRIPT);

    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bundle.gzipped()))) {
      assertThat(in.readAllBytes()).isEqualTo(SCRIPT);
    }
  }

  @Test
  void eachEncodingHasItsOwnEntityTag() {
    WidgetBundle bundle = WidgetBundle.of(SCRIPT);

    assertThat(bundle.etag(false)).isEqualTo("\"" + bundle.version() + "\"");
    assertThat(bundle.etag(true)).isEqualTo("\"" + bundle.version() + "-gzip\"");
  }

  @Test
  void isEmptyWhenTheWidgetIsNotOnTheClasspath() {
    ClassLoader empty = new ClassLoader(null) {};

    assertThat(WidgetBundle.fromClasspath(empty)).isEmpty();
  }
}
