package de.lotse.ratelimit;

/**
 * @param allowed whether the request may be answered
 * @param retryAfterSeconds when rejected, the whole seconds after which a retry can succeed (for a
 *     {@code Retry-After} header, at least 1); 0 when allowed
 */
public record RateLimitDecision(boolean allowed, long retryAfterSeconds) {

  public static final RateLimitDecision ALLOW = new RateLimitDecision(true, 0);

  public RateLimitDecision {
    if (allowed ? retryAfterSeconds != 0 : retryAfterSeconds < 1) {
      throw new IllegalArgumentException(
          "retryAfterSeconds must be 0 when allowed and at least 1 when rejected");
    }
  }

  /** A decision from the wait until the next token: none means allowed. */
  static RateLimitDecision fromWait(long millisUntilToken) {
    if (millisUntilToken <= 0) {
      return ALLOW;
    }
    // Rounded up: a client that retries after the header's value must find a token.
    return new RateLimitDecision(false, Math.max(1, (millisUntilToken + 999) / 1000));
  }
}
