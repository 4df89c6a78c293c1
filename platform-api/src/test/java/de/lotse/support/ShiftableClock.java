package de.lotse.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The system clock, moved forward on demand: lets a test present a real, once valid Keycloak
 * token to the platform after it has expired, without waiting for its lifetime to pass.
 */
public final class ShiftableClock extends Clock {

  private volatile Duration shift = Duration.ZERO;

  /** Runs the action with the platform's clock {@code ahead} of the real time. */
  public <T> T ahead(Duration ahead, java.util.function.Supplier<T> action) {
    shift = ahead;
    try {
      return action.get();
    } finally {
      shift = Duration.ZERO;
    }
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(shift);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    ShiftableClock shifted = this;
    return new Clock() {
      @Override
      public Instant instant() {
        return shifted.instant();
      }

      @Override
      public ZoneId getZone() {
        return zone;
      }

      @Override
      public Clock withZone(ZoneId other) {
        return shifted.withZone(other);
      }
    };
  }

  /** Import into a test class to give its platform this clock. */
  @TestConfiguration(proxyBeanMethods = false)
  public static class Configuration {

    @Bean
    @Primary
    ShiftableClock shiftableClock() {
      return new ShiftableClock();
    }
  }
}
