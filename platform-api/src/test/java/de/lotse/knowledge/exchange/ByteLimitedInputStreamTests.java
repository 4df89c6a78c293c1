package de.lotse.knowledge.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ByteLimitedInputStreamTests {

  @Test
  void passesThroughAStreamOfExactlyTheLimit() throws IOException {
    var in = new ByteLimitedInputStream(new ByteArrayInputStream(new byte[100]), 100);

    assertThat(in.readAllBytes()).hasSize(100);
    assertThat(in.limitExceeded()).isFalse();
  }

  @Test
  void failsOnTheFirstByteOverTheLimit() {
    var in = new ByteLimitedInputStream(new ByteArrayInputStream(new byte[101]), 100);

    assertThatThrownBy(in::readAllBytes).isInstanceOf(IOException.class);
    assertThat(in.limitExceeded()).isTrue();
  }

  @Test
  void copesWithALimitAsLargeAsALongGoes() throws IOException {
    var in = new ByteLimitedInputStream(new ByteArrayInputStream(new byte[10]), Long.MAX_VALUE);

    assertThat(in.readAllBytes()).hasSize(10);
  }

  @Test
  void refusesToSkipBytesUncounted() {
    var in = new ByteLimitedInputStream(new ByteArrayInputStream(new byte[10]), 5);

    assertThatThrownBy(() -> in.skip(8)).isInstanceOf(IOException.class);
  }
}
