package de.lotse.onboarding;

import java.time.Instant;
import java.util.UUID;

/**
 * A sign-up as the platform's operators see it.
 *
 * @param status {@code pending}, {@code approved} or {@code rejected}
 * @param template the starter knowledge base chosen at approval
 */
public record SignupView(
    UUID id,
    String slug,
    String officeName,
    String emailDomain,
    String contactFirstName,
    String contactLastName,
    String contactEmail,
    String status,
    Instant createdAt,
    String template,
    String decidedBy,
    Instant decidedAt,
    String rejectionReason) {}
