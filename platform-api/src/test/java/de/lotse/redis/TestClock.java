package de.lotse.redis;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicLong;

/** A clock the test moves by hand, so refills and retry intervals need no sleeping. */
public final class TestClock implements InstantSource {

  private final AtomicLong millis;

  public TestClock(Instant start) {
    this.millis = new AtomicLong(start.toEpochMilli());
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochMilli(millis.get());
  }

  @Override
  public long millis() {
    return millis.get();
  }

  public void advance(Duration duration) {
    millis.addAndGet(duration.toMillis());
  }

  public void set(Instant instant) {
    millis.set(instant.toEpochMilli());
  }
}
