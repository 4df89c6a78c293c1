package de.lotse.knowledge.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the bytes of an upload into a JSON object, or into exactly one problem saying why that is
 * impossible (too large, not UTF-8, not JSON, not an object). Nothing after such a problem could be
 * checked reliably, so these problems are never combined with others.
 */
final class JsonDocumentParser {

  private static final long BYTES_PER_MB = 1024 * 1024;

  // Jackson's own wording is fine for most syntax errors, but it can mention its internals.
  private static final Pattern SOURCE_DESCRIPTION =
      Pattern.compile("\\s*\\(?\\[Source:[^\\]]*\\]\\)?");
  private static final Pattern START_MARKER = Pattern.compile("\\s*\\(start marker at[^)]*\\)?");
  private static final Pattern CHARACTER_CODE = Pattern.compile("\\s*\\(code \\d+\\)");
  private static final Pattern INTERNALS =
      Pattern.compile("`|tools\\.jackson|java\\.|Exception|JsonToken|StreamRead");

  private final JsonMapper mapper = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      // Trailing content is checked here, to say so in plain words.
      .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();
  private final long maxBytes;

  JsonDocumentParser(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  ObjectNode parse(InputStream upload) throws InvalidKnowledgeBaseException {
    var limited = new ByteLimitedInputStream(upload, maxBytes);
    var utf8 = new StrictUtf8Reader(limited);
    try (JsonParser parser = mapper.createParser(utf8)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw rejected(Violation.of(
            ProblemCode.FILE_EMPTY,
            "The file is empty. Export the knowledge base again or choose another file."));
      }
      if (first != JsonToken.START_OBJECT) {
        ValueKind found = ValueKind.of(first);
        throw rejected(Violation.of(
            ProblemCode.NOT_AN_OBJECT,
            Map.of("actual", found.code()),
            "The file must hold one JSON object ({ \"format\": \"kb-exchange/1\", … }), "
                + "but it starts with "
                + found.english()
                + "."));
      }
      JsonNode root = mapper.readTree(parser);
      if (parser.nextToken() != null) {
        TokenStreamLocation location = parser.currentTokenLocation();
        throw rejected(Violation.of(
            ProblemCode.TRAILING_CONTENT,
            position(location),
            "There is more content after the end of the JSON object"
                + at(location)
                + ". Remove it; the file must hold exactly one object."));
      }
      return (ObjectNode) root;
    } catch (JacksonException e) {
      if (limited.limitExceeded()) {
        String limit = megabytes(maxBytes);
        throw rejected(Violation.of(
            ProblemCode.FILE_TOO_LARGE,
            Map.of("limit", limit),
            "The file is larger than the limit of "
                + limit
                + ". Split the knowledge base or shorten its answers."));
      }
      if (utf8.malformedAt() != null) {
        StrictUtf8Reader.Position malformed = utf8.malformedAt();
        throw rejected(Violation.of(
            ProblemCode.NOT_UTF8,
            Map.of("line", malformed.line(), "column", malformed.column()),
            "The file is not UTF-8 encoded (first unreadable character at line "
                + malformed.line()
                + ", column "
                + malformed.column()
                + "). Save it as UTF-8 and try again."));
      }
      if (e instanceof JacksonIOException && e.getCause() instanceof IOException io) {
        throw new UncheckedIOException("Reading the knowledge-base file failed", io);
      }
      throw rejected(syntaxProblem(e));
    }
  }

  private static InvalidKnowledgeBaseException rejected(Violation violation) {
    return new InvalidKnowledgeBaseException(List.of(FieldPath.file().problem(violation)));
  }

  private static Violation syntaxProblem(JacksonException e) {
    String where = at(e.getLocation());
    Map<String, Object> position = position(e.getLocation());
    if (e instanceof StreamConstraintsException) {
      return Violation.of(
          ProblemCode.TOO_DEEP,
          position,
          "The file nests objects or lists too deeply, or holds a single value that is too"
              + " long"
              + where
              + ". Check that it is a knowledge-base export.");
    }
    if (e instanceof UnexpectedEndOfInputException) {
      return Violation.of(
          ProblemCode.INCOMPLETE_JSON,
          position,
          "The file ends before the JSON is complete"
              + where
              + ": a bracket or a quotation mark is not closed. Check that the file was copied"
              + " completely.");
    }
    String reason = reason(e);
    var params = new LinkedHashMap<>(position);
    params.put("reason", reason);
    return Violation.of(
        ProblemCode.INVALID_JSON,
        params,
        "The file is not valid JSON"
            + where
            + ": "
            + reason
            + ". Fix the syntax (a JSON validator shows the spot) or export the file again.");
  }

  private static String reason(JacksonException e) {
    String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (original.contains("CTRL-CHAR")) {
      return "a line break or other control character sits inside text in quotes; write it as \\n"
          + " or remove it";
    }
    String reason = SOURCE_DESCRIPTION.matcher(original).replaceAll("");
    reason = START_MARKER.matcher(reason).replaceAll("");
    reason = CHARACTER_CODE.matcher(reason).replaceAll("");
    reason = reason.replaceAll("\\s+", " ").strip();
    if (reason.endsWith(".")) {
      reason = reason.substring(0, reason.length() - 1);
    }
    if (reason.isEmpty() || INTERNALS.matcher(reason).find()) {
      return "the syntax is broken here";
    }
    return Quoting.shorten(reason, 200);
  }

  private static String at(TokenStreamLocation location) {
    if (!isKnown(location)) {
      return "";
    }
    return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  private static Map<String, Object> position(TokenStreamLocation location) {
    return isKnown(location)
        ? Map.of("line", location.getLineNr(), "column", location.getColumnNr())
        : Map.of();
  }

  private static boolean isKnown(TokenStreamLocation location) {
    return location != null && location.getLineNr() >= 1;
  }

  static String megabytes(long bytes) {
    BigDecimal mb = BigDecimal.valueOf(bytes)
        .divide(BigDecimal.valueOf(BYTES_PER_MB), 2, RoundingMode.DOWN)
        .stripTrailingZeros();
    return mb.signum() == 0 ? bytes + " bytes" : mb.toPlainString() + " MB";
  }
}
