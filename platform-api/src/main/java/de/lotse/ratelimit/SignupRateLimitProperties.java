package de.lotse.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Abuse limits of the public office sign-up. Offices sign up rarely (Bavaria has fewer than a
 * hundred immigration offices), so the limits are tight; a rejected client learns from
 * {@code Retry-After} when to try again.
 *
 * @param clientCapacity sign-ups one client may send in a burst
 *     ({@code LOTSE_SIGNUP_RATE_LIMIT_CLIENT_CAPACITY})
 * @param clientRefillPerHour how many a client regains per hour
 *     ({@code LOTSE_SIGNUP_RATE_LIMIT_CLIENT_REFILL_PER_HOUR})
 * @param globalCapacity sign-ups of all clients together in a burst
 *     ({@code LOTSE_SIGNUP_RATE_LIMIT_GLOBAL_CAPACITY})
 * @param globalRefillPerDay how many all clients together regain per day
 *     ({@code LOTSE_SIGNUP_RATE_LIMIT_GLOBAL_REFILL_PER_DAY})
 */
@ConfigurationProperties("lotse.rate-limit.signup")
public record SignupRateLimitProperties(
    @DefaultValue("5") long clientCapacity,
    @DefaultValue("5") long clientRefillPerHour,
    @DefaultValue("20") long globalCapacity,
    @DefaultValue("20") long globalRefillPerDay) {

  public SignupRateLimitProperties {
    if (clientCapacity < 1
        || clientRefillPerHour < 1
        || globalCapacity < 1
        || globalRefillPerDay < 1) {
      throw new IllegalArgumentException("lotse.rate-limit.signup.* must each be at least 1");
    }
  }

  BucketSpec clientBucket() {
    return new BucketSpec(clientCapacity, clientRefillPerHour, 3_600_000);
  }

  BucketSpec globalBucket() {
    return new BucketSpec(globalCapacity, globalRefillPerDay, 86_400_000);
  }
}
