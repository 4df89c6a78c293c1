package de.lotse.stats;

import java.util.Arrays;
import java.util.List;

/**
 * The answer-latency histogram kept per hour. Counts in fixed buckets add up across hours,
 * languages and offices, so a period's median and 95th percentile come from aggregates alone,
 * long after the raw rows are gone; the price is an estimate within one bucket's width.
 *
 * <p>Bucket {@code i} counts latencies in {@code (BOUNDS_MS[i-1], BOUNDS_MS[i]]}; the last one
 * everything above the highest bound. The bounds are fine where the engine usually answers (a few
 * milliseconds) and coarse in the tail. They are part of the stored data (V4 migration): changing
 * them needs a migration that recomputes or discards older histograms.
 */
public final class LatencyBuckets {

  static final double[] BOUNDS_MS = {
    1, 2, 3, 5, 7, 10, 15, 20, 30, 50, 75, 100, 150, 200, 300, 500, 750, 1000, 2000, 5000
  };

  /** Buckets stored per row: one per bound and one for everything slower. */
  public static final int SIZE = BOUNDS_MS.length + 1;

  private LatencyBuckets() {}

  /** The SQL expression that builds an hour's histogram from {@code chat_message m} rows. */
  static String sqlHistogram(String latencyColumn) {
    StringBuilder sql = new StringBuilder("array[");
    for (int i = 0; i < SIZE; i++) {
      if (i > 0) {
        sql.append(", ");
      }
      sql.append("count(*) filter (where ");
      if (i == 0) {
        sql.append(latencyColumn).append(" <= ").append(BOUNDS_MS[0]);
      } else if (i == SIZE - 1) {
        sql.append(latencyColumn).append(" > ").append(BOUNDS_MS[i - 1]);
      } else {
        sql.append(latencyColumn)
            .append(" > ")
            .append(BOUNDS_MS[i - 1])
            .append(" and ")
            .append(latencyColumn)
            .append(" <= ")
            .append(BOUNDS_MS[i]);
      }
      sql.append(")");
    }
    return sql.append("]::int[]").toString();
  }

  /** The bucket a latency falls into (the generator and tests use it). */
  static int bucketOf(double latencyMs) {
    for (int i = 0; i < BOUNDS_MS.length; i++) {
      if (latencyMs <= BOUNDS_MS[i]) {
        return i;
      }
    }
    return SIZE - 1;
  }

  /**
   * The {@code quantile} (0..1) of the latencies counted in {@code counts}, interpolated linearly
   * inside the bucket it falls in; null when nothing was counted. In the last, open bucket the
   * estimate is its lower bound: "at least 5 s".
   */
  static Double quantile(long[] counts, double quantile) {
    long total = Arrays.stream(counts).sum();
    if (total == 0) {
      return null;
    }
    double rank = quantile * total;
    long below = 0;
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] > 0 && below + counts[i] >= rank) {
        double lower = i == 0 ? 0 : BOUNDS_MS[i - 1];
        if (i >= BOUNDS_MS.length) {
          return lower;
        }
        double within = (rank - below) / counts[i];
        return round(lower + within * (BOUNDS_MS[i] - lower));
      }
      below += counts[i];
    }
    return BOUNDS_MS[BOUNDS_MS.length - 1];
  }

  /** Adds {@code more} into {@code sum}, element by element. */
  static void add(long[] sum, long[] more) {
    for (int i = 0; i < Math.min(sum.length, more.length); i++) {
      sum[i] += more[i];
    }
  }

  /** The histogram as the API shows it: the upper bound of each bucket (null: open) and count. */
  static List<LatencyBucket> describe(long[] counts) {
    LatencyBucket[] buckets = new LatencyBucket[SIZE];
    for (int i = 0; i < SIZE; i++) {
      buckets[i] = new LatencyBucket(i < BOUNDS_MS.length ? BOUNDS_MS[i] : null, counts[i]);
    }
    return List.of(buckets);
  }

  private static double round(double ms) {
    return Math.round(ms * 100) / 100.0;
  }

  /** @param upToMs upper bound in milliseconds (inclusive); null for the open last bucket */
  public record LatencyBucket(Double upToMs, long count) {}
}
