package de.lotse.knowledge.exchange;

import java.io.InputStream;

/**
 * Reads a knowledge base in the exchange format ({@code kb-exchange/1}) and checks the whole file
 * before returning anything, so that an import can be all or nothing.
 *
 * <p>What the reader decides where the format leaves room:
 *
 * <ul>
 *   <li>Unknown properties are ignored at every level, not only at the top; {@code null} counts as
 *       absent.
 *   <li>Keys and language codes are taken exactly as written: surrounding spaces or capitals are a
 *       problem (whose message shows the corrected form), never silently fixed.
 *   <li>Category keys follow the rules of entry keys. An entry's category must be defined under
 *       {@code categories} unless the file defines no categories at all.
 *   <li>Without {@code languages}, the file offers its default language and every language an entry
 *       is translated into; with it, the default language must be listed.
 *   <li>Text is normalised to Unicode NFC; lengths count code points. Control characters other than
 *       tab and line breaks, and broken surrogate escapes such as a lone {@code \ud800}, are
 *       problems: PostgreSQL cannot store them.
 *   <li>Raw HTML, Markdown images and links other than http, https, mailto and tel are problems in
 *       every text shown to citizens: titles (also of categories), questions, answers and the name.
 *   <li>The file must be UTF-8 (a byte-order mark is allowed) and hold exactly one JSON object, in
 *       which no property appears twice.
 * </ul>
 *
 * <p>Instances are thread-safe.
 */
public final class ExchangeFormatReader {

  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  private final JsonDocumentParser parser;

  public ExchangeFormatReader() {
    this(DEFAULT_MAX_BYTES);
  }

  /**
   * @param maxBytes size above which a file is refused, after reading just past it
   */
  public ExchangeFormatReader(long maxBytes) {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
    }
    this.parser = new JsonDocumentParser(maxBytes);
  }

  /**
   * Reads and checks one file. The stream is read up to the end of the JSON (or just past the size
   * limit) and is not closed.
   *
   * @throws InvalidKnowledgeBaseException listing every problem found (at most 200), each naming
   *     the entry key and the field
   * @throws java.io.UncheckedIOException when the stream itself fails
   */
  public KnowledgeBaseFile read(InputStream in) throws InvalidKnowledgeBaseException {
    return new KnowledgeBaseMapper().map(parser.parse(in));
  }
}
