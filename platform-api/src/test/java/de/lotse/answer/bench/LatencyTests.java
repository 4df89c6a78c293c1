package de.lotse.answer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatencyTests {

  @Test
  void percentilesAreNearestRankOverUnsortedSamples() {
    // 1..100 ms in descending order.
    long[] nanos =
        LongStream.rangeClosed(1, 100).map(i -> (101 - i) * 1_000_000).toArray();

    Latency latency = new Latency(nanos);

    assertThat(latency.percentileMillis(50)).isEqualTo(50.0);
    assertThat(latency.percentileMillis(99)).isEqualTo(99.0);
    assertThat(latency.percentileMillis(100)).isEqualTo(100.0);
  }

  @Test
  void aSingleSampleIsEveryPercentile() {
    Latency latency = new Latency(new long[] {2_500_000});

    assertThat(latency.percentileMillis(50)).isEqualTo(2.5);
    assertThat(latency.percentileMillis(99)).isEqualTo(2.5);
  }
}
