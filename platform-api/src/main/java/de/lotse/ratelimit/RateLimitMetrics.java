package de.lotse.ratelimit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Counters tagged by tenant; there are few tenants, so the tag's cardinality stays small. */
final class RateLimitMetrics {

  private final MeterRegistry registry;
  private final Map<String, Counter> rejected = new ConcurrentHashMap<>();
  private final Map<String, Counter> decidedLocally = new ConcurrentHashMap<>();

  RateLimitMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  void rejected(String tenantKey) {
    rejected
        .computeIfAbsent(
            tenantKey,
            tenant -> Counter.builder("lotse.ratelimit.rejected")
                .description("Chat requests rejected by the rate limiter")
                .tag("tenant", tenant)
                .register(registry))
        .increment();
  }

  void decidedLocally(String tenantKey) {
    decidedLocally
        .computeIfAbsent(
            tenantKey,
            tenant -> Counter.builder("lotse.ratelimit.fallback")
                .description("Rate-limit decisions made locally while Redis was unavailable")
                .tag("tenant", tenant)
                .register(registry))
        .increment();
  }
}
