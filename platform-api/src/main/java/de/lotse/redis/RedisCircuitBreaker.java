package de.lotse.redis;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers that Redis just failed, so callers go straight to their fallback instead of paying the
 * connect timeout on every request. While open, one caller per retry interval is let through as a
 * probe; its success closes the breaker again.
 *
 * <p>Logs one WARN when an outage starts and one INFO when it ends, never one per request. Exposes
 * the gauge {@code lotse.redis.available} (1 closed, 0 open) when bound to a {@link MeterRegistry}.
 * The gauge reflects what callers observed: with no traffic it keeps its last value.
 */
public final class RedisCircuitBreaker implements MeterBinder {

  private static final Logger log = LoggerFactory.getLogger(RedisCircuitBreaker.class);

  private final Duration retryInterval;
  private final InstantSource clock;
  private final AtomicBoolean open = new AtomicBoolean();
  private final AtomicLong nextProbeAtMillis = new AtomicLong();
  private volatile long openedAtMillis;

  public RedisCircuitBreaker(Duration retryInterval, InstantSource clock) {
    if (retryInterval.isNegative() || retryInterval.isZero()) {
      throw new IllegalArgumentException("retry interval must be positive");
    }
    this.retryInterval = retryInterval;
    this.clock = clock;
  }

  /** Whether the caller should try Redis now (true) or use its fallback (false). */
  public boolean allowsCall() {
    if (!open.get()) {
      return true;
    }
    long now = clock.millis();
    long probeAt = nextProbeAtMillis.get();
    // Only the caller that wins the swap probes; everyone else keeps using the fallback meanwhile.
    return now >= probeAt
        && nextProbeAtMillis.compareAndSet(probeAt, now + retryInterval.toMillis());
  }

  public void recordSuccess() {
    if (open.compareAndSet(true, false)) {
      log.info(
          "Redis is reachable again after {} s; leaving local fallbacks",
          (clock.millis() - openedAtMillis) / 1000);
    }
  }

  public void recordFailure(RuntimeException cause) {
    long now = clock.millis();
    nextProbeAtMillis.set(now + retryInterval.toMillis());
    if (open.compareAndSet(false, true)) {
      openedAtMillis = now;
      log.warn(
          "Redis is unavailable ({}: {}); using local fallbacks, retrying every {} s",
          cause.getClass().getSimpleName(),
          cause.getMessage(),
          retryInterval.toSeconds());
    } else {
      log.debug("Redis probe failed: {}", cause.toString());
    }
  }

  public boolean isAvailable() {
    return !open.get();
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("lotse.redis.available", this, breaker -> breaker.isAvailable() ? 1 : 0)
        .description("1 while Redis answers, 0 while callers use their local fallbacks")
        .register(registry);
  }
}
