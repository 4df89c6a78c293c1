package de.lotse.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocalTokenBucketsTests {

  private static final BucketSpec GENEROUS_TENANT = new BucketSpec(1_000_000, 1_000, 1_000);
  private static final BucketSpec TWO_PER_MINUTE = new BucketSpec(2, 2, 60_000);

  private final LocalTokenBuckets buckets =
      new LocalTokenBuckets(GENEROUS_TENANT, TWO_PER_MINUTE, 100);

  @Test
  void keepsNoMoreBucketsThanItsLimit() {
    for (int client = 0; client < 10_000; client++) {
      buckets.tryAcquire("rosenheim", "client-" + client, 0);
    }

    assertThat(buckets.size()).isLessThanOrEqualTo(100);
  }

  @Test
  void dropsIdleBucketsBeforeBusyOnes() {
    buckets.tryAcquire("rosenheim", "busy", 0);
    buckets.tryAcquire("rosenheim", "busy", 0);
    for (int client = 0; client < 500; client++) {
      buckets.tryAcquire("rosenheim", "passer-by-" + client, 0);
      // The busy client keeps asking, so its (empty) bucket stays among the recently used.
      assertThat(buckets.tryAcquire("rosenheim", "busy", 0).allowed()).isFalse();
    }
  }
}
