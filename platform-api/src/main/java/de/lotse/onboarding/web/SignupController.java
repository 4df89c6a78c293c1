package de.lotse.onboarding.web;

import de.lotse.onboarding.Onboarding;
import de.lotse.onboarding.SignupRequest;
import de.lotse.onboarding.SignupView;
import de.lotse.ratelimit.RateLimitDecision;
import de.lotse.ratelimit.SignupRateLimiter;
import de.lotse.shared.web.ApiProblem;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public sign-up of an office. No login; each client is rate-limited by a daily-salted hash
 * of its address, and all clients together by a shared limit.
 */
@RestController
@Tag(name = "Office sign-up (public)")
class SignupController {

  private final Onboarding onboarding;
  private final SignupRateLimiter rateLimiter;

  SignupController(Onboarding onboarding, SignupRateLimiter rateLimiter) {
    this.onboarding = onboarding;
    this.rateLimiter = rateLimiter;
  }

  /**
   * Asks for an office on the platform; a platform operator decides. 202 with the sign-up's id;
   * 409 {@code slug-taken} or {@code domain-taken}; 429 with {@code Retry-After}.
   */
  @PostMapping("/api/v1/public/signups")
  ResponseEntity<SignupReceipt> signUp(
      @RequestBody SignupRequest request, HttpServletRequest http) {
    RateLimitDecision decision = rateLimiter.tryAcquire(http.getRemoteAddr());
    if (!decision.allowed()) {
      throw ApiProblem.rateLimited(
          decision.retryAfterSeconds(),
          "Too many sign-ups in a short" + " time. Please wait " + decision.retryAfterSeconds()
              + " seconds and try again.");
    }
    SignupView signup = onboarding.submit(request);
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .body(
            new SignupReceipt(
                signup.id(),
                signup.slug(),
                signup.status(),
                "Thank you. The platform's operators will review the"
                    + " sign-up; the contact person receives an invitation e-mail once it is approved."));
  }

  record SignupReceipt(UUID id, String slug, String status, String message) {}
}
