package de.lotse.answer.bench;

import java.util.Arrays;

/** Wall-clock times of single questions, summarised as percentiles. */
record Latency(long[] nanos) {

  Latency {
    nanos = nanos.clone();
    Arrays.sort(nanos);
  }

  /** Nearest-rank percentile in milliseconds: the smallest sample that p percent of samples do not exceed. */
  double percentileMillis(double p) {
    if (nanos.length == 0) {
      throw new IllegalStateException("no samples");
    }
    int rank = (int) Math.ceil(p / 100 * nanos.length);
    return nanos[Math.max(rank, 1) - 1] / 1e6;
  }

  int samples() {
    return nanos.length;
  }
}
