package de.lotse.chat.web;

import de.lotse.chat.ChatReply;
import de.lotse.chat.ChatService;
import de.lotse.chat.FeedbackService;
import de.lotse.ratelimit.ChatRateLimiter;
import de.lotse.ratelimit.RateLimitDecision;
import de.lotse.shared.web.ApiProblem;
import de.lotse.tenant.TenantDirectory;
import de.lotse.tenant.TenantProfile;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public chat API the widget calls. No login: the office comes from the URL, and each client
 * is rate-limited by a daily-salted hash of its address (the address itself is never kept).
 */
@RestController
class ChatController {

  private final TenantDirectory directory;
  private final ChatRateLimiter rateLimiter;
  private final ChatService chat;
  private final FeedbackService feedback;

  ChatController(
      TenantDirectory directory,
      ChatRateLimiter rateLimiter,
      ChatService chat,
      FeedbackService feedback) {
    this.directory = directory;
    this.rateLimiter = rateLimiter;
    this.chat = chat;
    this.feedback = feedback;
  }

  @PostMapping("/api/v1/public/tenants/{slug}/messages")
  ChatReply ask(
      @PathVariable String slug, @RequestBody AskRequest request, HttpServletRequest http) {
    TenantProfile tenant = admit(slug, http);
    return chat.ask(tenant, request.question(), request.language(), request.conversationId());
  }

  @PostMapping("/api/v1/public/tenants/{slug}/messages/{messageId}/feedback")
  ResponseEntity<Void> rate(
      @PathVariable String slug,
      @PathVariable UUID messageId,
      @Valid @RequestBody FeedbackRequest request,
      HttpServletRequest http) {
    TenantProfile tenant = admit(slug, http);
    feedback.rate(tenant, messageId, request.helpful(), request.comment());
    return ResponseEntity.noContent().build();
  }

  private TenantProfile admit(String slug, HttpServletRequest http) {
    TenantProfile tenant = directory.requireServing(slug);
    RateLimitDecision decision = rateLimiter.tryAcquire(tenant.slug(), http.getRemoteAddr());
    if (!decision.allowed()) {
      throw ApiProblem.rateLimited(decision.retryAfterSeconds());
    }
    return tenant;
  }

  /**
   * Checked by {@link ChatService}, which must check the cleaned text anyway: bean validation here
   * would only repeat it, on the hottest path of the platform.
   */
  record AskRequest(String question, String language, UUID conversationId) {}

  record FeedbackRequest(
      @NotNull(message = "is required (true or false)") Boolean helpful,

      @Size(max = 2_000, message = "is too long (at most 2000 characters)")
      String comment) {}
}
