package de.lotse.ratelimit;

/**
 * Decides whether an office sign-up may be accepted now: one token from the client's bucket
 * (by pseudonymised address, as for the chat) and one from the bucket all sign-ups share, so
 * that neither one client nor many together can flood the operators' queue.
 */
public interface SignupRateLimiter {

  /** @param clientAddress only hashed with the day's salt, never stored or logged */
  RateLimitDecision tryAcquire(String clientAddress);
}
