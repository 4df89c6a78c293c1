package de.lotse.shared.web;

import java.net.URI;
import org.springframework.http.HttpStatus;

/** The stable problem types of the API (RFC 9457 {@code type} members). */
public enum ProblemType {
  VALIDATION("validation", HttpStatus.BAD_REQUEST, "Invalid request"),
  MALFORMED_BODY("malformed-body", HttpStatus.BAD_REQUEST, "Request body is not valid JSON"),
  TENANT_NOT_FOUND("tenant-not-found", HttpStatus.NOT_FOUND, "Unknown office"),
  TENANT_UNAVAILABLE("tenant-unavailable", HttpStatus.FORBIDDEN, "Office not available"),
  MESSAGE_NOT_FOUND("message-not-found", HttpStatus.NOT_FOUND, "Unknown message"),
  INVALID_KNOWLEDGE_BASE(
      "invalid-knowledge-base", HttpStatus.UNPROCESSABLE_CONTENT, "Knowledge base file rejected"),
  UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED, "Sign-in required"),
  FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Not allowed"),
  ENTRY_NOT_FOUND("entry-not-found", HttpStatus.NOT_FOUND, "Unknown knowledge-base entry"),
  ENTRY_EXISTS("entry-exists", HttpStatus.CONFLICT, "Entry already exists"),
  REVISION_CONFLICT("revision-conflict", HttpStatus.CONFLICT, "Changed in the meantime"),
  INVALID_ENTRY("invalid-entry", HttpStatus.UNPROCESSABLE_CONTENT, "Entry rejected"),
  INVALID_SYNONYMS("invalid-synonyms", HttpStatus.UNPROCESSABLE_CONTENT, "Synonym groups rejected"),
  FEEDBACK_GROUP_NOT_FOUND(
      "feedback-group-not-found", HttpStatus.NOT_FOUND, "Unknown feedback group"),
  INVALID_LOGO("invalid-logo", HttpStatus.UNPROCESSABLE_CONTENT, "Logo rejected"),
  LOGO_TOO_LARGE("logo-too-large", HttpStatus.CONTENT_TOO_LARGE, "Logo too large"),
  LOGO_NOT_FOUND("logo-not-found", HttpStatus.NOT_FOUND, "No logo"),
  RATE_LIMITED("rate-limited", HttpStatus.TOO_MANY_REQUESTS, "Too many requests"),
  NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found"),
  METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
  UNSUPPORTED_MEDIA_TYPE(
      "unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
  USER_NOT_FOUND("user-not-found", HttpStatus.NOT_FOUND, "Unknown user"),
  EMAIL_TAKEN("email-taken", HttpStatus.CONFLICT, "E-mail address already in use"),
  SLUG_TAKEN("slug-taken", HttpStatus.CONFLICT, "Office name already taken"),
  DOMAIN_TAKEN("domain-taken", HttpStatus.CONFLICT, "E-mail domain already registered"),
  SIGNUP_NOT_FOUND("signup-not-found", HttpStatus.NOT_FOUND, "Unknown sign-up"),
  SIGNUP_DECIDED("signup-decided", HttpStatus.CONFLICT, "Sign-up already decided"),
  INVITATION_NOT_SENT("invitation-not-sent", HttpStatus.BAD_GATEWAY, "Invitation e-mail not sent"),
  IDENTITY_UNAVAILABLE(
      "identity-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Sign-in service unavailable"),
  INTERNAL("internal", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");

  private final URI uri;
  private final HttpStatus status;
  private final String title;

  ProblemType(String slug, HttpStatus status, String title) {
    this.uri = URI.create("urn:lotse:problem:" + slug);
    this.status = status;
    this.title = title;
  }

  public URI uri() {
    return uri;
  }

  public HttpStatus status() {
    return status;
  }

  public String title() {
    return title;
  }
}
