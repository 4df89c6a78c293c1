package de.lotse.shared.web;

import java.util.List;

/**
 * A domain error that the API reports as RFC 9457 problem details.
 *
 * <p>{@code errors} names the offending fields: usually {@link FieldProblem}s; knowledge-base
 * problems also name the entry. Empty when the problem is not about a field.
 */
public class ApiProblem extends RuntimeException {

  private final ProblemType type;
  private final List<?> errors;
  private final Long retryAfterSeconds;

  public ApiProblem(ProblemType type, String detail) {
    this(type, detail, List.of(), null);
  }

  public ApiProblem(ProblemType type, String detail, List<?> errors) {
    this(type, detail, errors, null);
  }

  private ApiProblem(ProblemType type, String detail, List<?> errors, Long retryAfter) {
    super(detail, null, false, false);
    this.type = type;
    this.errors = List.copyOf(errors);
    this.retryAfterSeconds = retryAfter;
  }

  public static ApiProblem rateLimited(long retryAfterSeconds) {
    return rateLimited(
        retryAfterSeconds,
        "Too many questions in a short time. Please wait " + retryAfterSeconds
            + " seconds and try again.");
  }

  /** 429 with {@code Retry-After}; {@code detail} says what was limited. */
  public static ApiProblem rateLimited(long retryAfterSeconds, String detail) {
    return new ApiProblem(ProblemType.RATE_LIMITED, detail, List.of(), retryAfterSeconds);
  }

  public static ApiProblem invalidField(String field, String message) {
    return new ApiProblem(
        ProblemType.VALIDATION, field + ": " + message, List.of(new FieldProblem(field, message)));
  }

  public ProblemType type() {
    return type;
  }

  public List<?> errors() {
    return errors;
  }

  public Long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  /** One offending field: its JSON name or path, and what is wrong with it. */
  public record FieldProblem(String field, String message) {}
}
