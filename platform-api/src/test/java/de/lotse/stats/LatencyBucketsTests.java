package de.lotse.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LatencyBucketsTests {

  @Test
  void estimatesMedianAndP95WithinTheBucketOfTheExactValue() {
    Random random = new Random(3);
    double[] latencies = new double[10_000];
    long[] counts = new long[LatencyBuckets.SIZE];
    for (int i = 0; i < latencies.length; i++) {
      latencies[i] = Math.exp(Math.log(4) + random.nextGaussian() * 0.6);
      counts[LatencyBuckets.bucketOf(latencies[i])]++;
    }
    java.util.Arrays.sort(latencies);
    double median = latencies[latencies.length / 2];
    double p95 = latencies[(int) (latencies.length * 0.95)];

    assertThat(LatencyBuckets.quantile(counts, 0.5))
        .isBetween(bucketLow(median), bucketHigh(median));
    assertThat(LatencyBuckets.quantile(counts, 0.95)).isBetween(bucketLow(p95), bucketHigh(p95));
  }

  @Test
  void interpolatesInsideTheBucket() {
    long[] counts = new long[LatencyBuckets.SIZE];
    counts[LatencyBuckets.bucketOf(4)] = 10; // (3, 5]

    assertThat(LatencyBuckets.quantile(counts, 0.5)).isEqualTo(4.0);
    assertThat(LatencyBuckets.quantile(counts, 1.0)).isEqualTo(5.0);
  }

  @Test
  void theOpenLastBucketReportsItsLowerBoundAndNothingCountedIsNull() {
    long[] counts = new long[LatencyBuckets.SIZE];
    counts[LatencyBuckets.SIZE - 1] = 3;

    assertThat(LatencyBuckets.quantile(counts, 0.5)).isEqualTo(5000.0);
    assertThat(LatencyBuckets.quantile(new long[LatencyBuckets.SIZE], 0.5)).isNull();
  }

  @Test
  void bucketsIncludeTheirUpperBound() {
    assertThat(LatencyBuckets.bucketOf(1.0)).isZero();
    assertThat(LatencyBuckets.bucketOf(1.0001)).isEqualTo(1);
    assertThat(LatencyBuckets.bucketOf(5000)).isEqualTo(LatencyBuckets.SIZE - 2);
    assertThat(LatencyBuckets.bucketOf(5000.1)).isEqualTo(LatencyBuckets.SIZE - 1);
  }

  private static double bucketLow(double value) {
    int b = LatencyBuckets.bucketOf(value);
    return b == 0 ? 0 : LatencyBuckets.BOUNDS_MS[b - 1];
  }

  private static double bucketHigh(double value) {
    return LatencyBuckets.BOUNDS_MS[LatencyBuckets.bucketOf(value)];
  }
}
