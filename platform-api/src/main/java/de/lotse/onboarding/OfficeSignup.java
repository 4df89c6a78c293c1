package de.lotse.onboarding;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A sign-up row: the request, and the operator's decision once there is one. */
@Entity
@Table(name = "office_signup")
class OfficeSignup {

  static final String PENDING = "pending";
  static final String APPROVED = "approved";
  static final String REJECTED = "rejected";

  @Id
  private UUID id;

  private String slug;
  private String officeName;
  private String emailDomain;
  private String contactFirstName;
  private String contactLastName;
  private String contactEmail;
  private String status;
  private Instant createdAt;
  private UUID tenantId;
  private String template;
  private String decidedBy;
  private Instant decidedAt;
  private String rejectionReason;

  protected OfficeSignup() {}

  OfficeSignup(SignupRequest request, Instant now) {
    this.id = UUID.randomUUID();
    this.slug = request.slug();
    this.officeName = request.officeName();
    this.emailDomain = request.emailDomain();
    this.contactFirstName = request.contactFirstName();
    this.contactLastName = request.contactLastName();
    this.contactEmail = request.contactEmail();
    this.status = PENDING;
    this.createdAt = now;
  }

  boolean isPending() {
    return PENDING.equals(status);
  }

  /** Set once the approval has created the office; from then on only approving finishes it. */
  void startApproval(UUID tenantId, String template) {
    this.tenantId = tenantId;
    this.template = template;
  }

  void approve(String template, String actor, Instant now) {
    this.template = template;
    decide(APPROVED, actor, now);
  }

  void reject(String reason, String actor, Instant now) {
    this.rejectionReason = reason;
    decide(REJECTED, actor, now);
  }

  private void decide(String outcome, String actor, Instant now) {
    this.status = outcome;
    this.decidedBy = actor;
    this.decidedAt = now;
  }

  UUID id() {
    return id;
  }

  String slug() {
    return slug;
  }

  String officeName() {
    return officeName;
  }

  String emailDomain() {
    return emailDomain;
  }

  String contactFirstName() {
    return contactFirstName;
  }

  String contactLastName() {
    return contactLastName;
  }

  String contactEmail() {
    return contactEmail;
  }

  UUID tenantId() {
    return tenantId;
  }

  Instant createdAt() {
    return createdAt;
  }

  SignupView toView() {
    return new SignupView(
        id,
        slug,
        officeName,
        emailDomain,
        contactFirstName,
        contactLastName,
        contactEmail,
        status,
        createdAt,
        template,
        decidedBy,
        decidedAt,
        rejectionReason);
  }
}
