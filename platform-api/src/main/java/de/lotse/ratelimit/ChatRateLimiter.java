package de.lotse.ratelimit;

/**
 * Decides whether a citizen's chat request may be answered now. Each request spends one token from
 * the tenant's bucket and one from the client's bucket; it is allowed only if both have one.
 *
 * <p>Never throws because Redis is down: then an instance-local limiter decides.
 */
public interface ChatRateLimiter {

  /**
   * @param tenantKey the resolved tenant (an existing office, never raw input: it becomes a metric
   *     tag and part of Redis keys)
   * @param clientAddress the client's IP address as the servlet container reports it; it is only
   *     hashed, never stored or logged
   */
  RateLimitDecision tryAcquire(String tenantKey, String clientAddress);
}
