package de.lotse.onboarding.web;

import de.lotse.identity.Caller;
import de.lotse.identity.OfficeAccess;
import de.lotse.onboarding.Onboarding;
import de.lotse.onboarding.SignupView;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Sign-ups waiting for the platform's operators, and their decisions. */
@RestController
@RequestMapping("/api/v1/admin/signups")
@Tag(name = "Office sign-up (admin)")
class SignupAdminController {

  private final OfficeAccess access;
  private final Onboarding onboarding;

  SignupAdminController(OfficeAccess access, Onboarding onboarding) {
    this.access = access;
    this.onboarding = onboarding;
  }

  /** Newest first; {@code status} filters by {@code pending}, {@code approved} or {@code rejected}. */
  @GetMapping
  List<SignupView> list(Caller caller, @RequestParam(required = false) String status) {
    access.requirePlatformAdmin(caller);
    return onboarding.list(status);
  }

  /**
   * Sets the office up and makes it active; the contact person is invited as its first
   * administrator. If a step fails (e.g. the sign-in service is down), approving again finishes
   * what the first attempt started.
   */
  @PostMapping("/{id}/approve")
  SignupView approve(Caller caller, @PathVariable UUID id, @RequestBody ApprovalBody body) {
    access.requirePlatformAdmin(caller);
    return onboarding.approve(id, body.template(), caller.username());
  }

  @PostMapping("/{id}/reject")
  SignupView reject(Caller caller, @PathVariable UUID id, @RequestBody RejectionBody body) {
    access.requirePlatformAdmin(caller);
    return onboarding.reject(id, body.reason(), caller.username());
  }

  /** @param template the starter knowledge base, e.g. {@code demo} or {@code empty} */
  record ApprovalBody(String template) {}

  /** @param reason why, for the record (at most 2000 characters) */
  record RejectionBody(String reason) {}
}
