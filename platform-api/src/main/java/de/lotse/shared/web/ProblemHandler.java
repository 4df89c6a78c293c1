package de.lotse.shared.web;

import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * Turns every error into RFC 9457 problem details with a stable type, a title, a detail that says
 * what to do and, where a field is at fault, an {@code errors} list naming it. Never a Java class
 * name or a stack trace.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

  @ExceptionHandler(ApiProblem.class)
  ResponseEntity<Object> apiProblem(ApiProblem problem) {
    ProblemDetail body = problem(problem.type(), problem.getMessage(), problem.errors());
    ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.type().status())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    if (problem.retryAfterSeconds() != null) {
      response.header(HttpHeaders.RETRY_AFTER, String.valueOf(problem.retryAfterSeconds()));
    }
    return response.body(body);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
    return apiProblem(ApiProblem.invalidField(ex.getName(), "has an invalid format"));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> unexpected(Exception ex) {
    // Logged without request content: a question may hold personal data.
    log.error("Unexpected error ({}): {}", ex.getClass().getSimpleName(), ex.getMessage(), ex);
    return respond(problem(
        ProblemType.INTERNAL,
        "Something went wrong on our side. Please try again in a moment.",
        List.of()));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<ApiProblem.FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
        .map(e -> new ApiProblem.FieldProblem(e.getField(), e.getDefaultMessage()))
        .toList();
    String detail =
        errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
    return respond(problem(ProblemType.VALIDATION, detail, errors));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    Throwable cause = ex.getMostSpecificCause();
    if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
      String field = fieldPath(databind);
      return respond(problem(
          ProblemType.VALIDATION,
          field + ": has the wrong type or format",
          List.of(new ApiProblem.FieldProblem(field, "has the wrong type or format"))));
    }
    String where = cause instanceof JacksonException json && json.getLocation() != null
        ? " (line " + json.getLocation().getLineNr() + ", column "
            + json.getLocation().getColumnNr() + ")"
        : "";
    return respond(problem(
        ProblemType.MALFORMED_BODY,
        "The request body must be a JSON object" + where + ".",
        List.of()));
  }

  @Override
  protected ResponseEntity<Object> handleNoResourceFoundException(
      NoResourceFoundException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return respond(problem(ProblemType.NOT_FOUND, "There is nothing at this address.", List.of()));
  }

  @Override
  protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(
      HttpRequestMethodNotSupportedException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return respond(problem(
        ProblemType.METHOD_NOT_ALLOWED,
        "Use one of: "
            + String.join(
                ", ", ex.getSupportedMethods() == null ? new String[0] : ex.getSupportedMethods())
            + ".",
        List.of()));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
      HttpMediaTypeNotSupportedException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return respond(problem(
        ProblemType.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json.", List.of()));
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception ex,
      Object body,
      HttpHeaders headers,
      HttpStatusCode statusCode,
      WebRequest request) {
    // Other framework errors keep their status but get our shape.
    ProblemDetail detail = body instanceof ProblemDetail pd
        ? pd
        : ProblemDetail.forStatusAndDetail(statusCode, "The request could not be processed.");
    return ResponseEntity.status(statusCode)
        .headers(headers)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(detail);
  }

  private static String fieldPath(DatabindException ex) {
    StringBuilder path = new StringBuilder();
    for (var ref : ex.getPath()) {
      if (ref.getPropertyName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static ProblemDetail problem(ProblemType type, String detail, List<?> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
    problem.setType(type.uri());
    problem.setTitle(type.title());
    if (!errors.isEmpty()) {
      problem.setProperty("errors", errors);
    }
    return problem;
  }

  private static ResponseEntity<Object> respond(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
