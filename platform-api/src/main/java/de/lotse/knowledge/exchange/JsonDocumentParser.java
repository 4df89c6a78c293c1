package de.lotse.knowledge.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
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

  private final JsonMapper mapper =
      JsonMapper.builder()
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
        throw rejected(
            "The file is empty. Export the knowledge base again or choose another file.");
      }
      if (first != JsonToken.START_OBJECT) {
        throw rejected(
            "The file must hold one JSON object ({ \"format\": \"kb-exchange/1\", … }), "
                + "but it starts with "
                + describe(first)
                + ".");
      }
      JsonNode root = mapper.readTree(parser);
      if (parser.nextToken() != null) {
        throw rejected(
            "There is more content after the end of the JSON object"
                + at(parser.currentTokenLocation())
                + ". Remove it; the file must hold exactly one object.");
      }
      return (ObjectNode) root;
    } catch (JacksonException e) {
      if (limited.limitExceeded()) {
        throw rejected(
            "The file is larger than the limit of "
                + megabytes(maxBytes)
                + ". Split the knowledge base or shorten its answers.");
      }
      if (utf8.malformedAt() != null) {
        throw rejected(
            "The file is not UTF-8 encoded (first unreadable character at line "
                + utf8.malformedAt().line()
                + ", column "
                + utf8.malformedAt().column()
                + "). Save it as UTF-8 and try again.");
      }
      if (e instanceof JacksonIOException && e.getCause() instanceof IOException io) {
        throw new UncheckedIOException("Reading the knowledge-base file failed", io);
      }
      throw rejected(syntaxMessage(e));
    }
  }

  private static InvalidKnowledgeBaseException rejected(String message) {
    return new InvalidKnowledgeBaseException(List.of(FieldPath.file().problem(message)));
  }

  private static String syntaxMessage(JacksonException e) {
    String where = at(e.getLocation());
    if (e instanceof StreamConstraintsException) {
      return "The file nests objects or lists too deeply, or holds a single value that is too"
          + " long"
          + where
          + ". Check that it is a knowledge-base export.";
    }
    if (e instanceof UnexpectedEndOfInputException) {
      return "The file ends before the JSON is complete"
          + where
          + ": a bracket or a quotation mark is not closed. Check that the file was copied"
          + " completely.";
    }
    return "The file is not valid JSON"
        + where
        + ": "
        + reason(e)
        + ". Fix the syntax (a JSON validator shows the spot) or export the file again.";
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
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  private static String describe(JsonToken token) {
    return switch (token) {
      case START_ARRAY -> "a list ([)";
      case VALUE_STRING -> "text";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "true or false";
      case VALUE_NULL -> "null";
      default -> "something else";
    };
  }

  static String megabytes(long bytes) {
    BigDecimal mb =
        BigDecimal.valueOf(bytes)
            .divide(BigDecimal.valueOf(BYTES_PER_MB), 2, RoundingMode.DOWN)
            .stripTrailingZeros();
    return mb.signum() == 0 ? bytes + " bytes" : mb.toPlainString() + " MB";
  }
}
