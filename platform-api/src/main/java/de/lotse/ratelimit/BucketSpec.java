package de.lotse.ratelimit;

/** A token bucket's size and how fast it refills: {@code refillTokens} per {@code refillMillis}. */
record BucketSpec(long capacity, long refillTokens, long refillMillis) {

  double tokensPerMilli() {
    return (double) refillTokens / refillMillis;
  }
}
