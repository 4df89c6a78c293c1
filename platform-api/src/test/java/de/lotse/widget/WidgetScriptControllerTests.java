package de.lotse.widget;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WidgetScriptControllerTests {

  @Test
  void sendsGzipOnlyToClientsThatAcceptIt() {
    assertThat(WidgetScriptController.acceptsGzip("gzip, deflate, br")).isTrue();
    assertThat(WidgetScriptController.acceptsGzip("br;q=1.0, GZIP;q=0.5")).isTrue();
    assertThat(WidgetScriptController.acceptsGzip("gzip;q=0")).isFalse();
    assertThat(WidgetScriptController.acceptsGzip("identity")).isFalse();
    assertThat(WidgetScriptController.acceptsGzip(null)).isFalse();
  }
}
