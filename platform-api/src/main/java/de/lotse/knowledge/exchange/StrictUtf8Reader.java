package de.lotse.knowledge.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 and refuses anything else, remembering the line and column of the first byte that
 * is not UTF-8.
 *
 * <p>Jackson would otherwise guess the encoding (it also accepts UTF-16 and UTF-32) and does not
 * reject every malformed sequence; the format says UTF-8, and an office that saved the file as
 * Windows-1252 should hear so, with a place to look. A leading byte-order mark is skipped, as
 * editors on Windows like to write one.
 */
final class StrictUtf8Reader extends Reader {

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8
      .newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
  private boolean endOfInput;
  private boolean decoderFlushed;
  private boolean atStart = true;
  private long line = 1;
  private long column = 1;
  private Position malformedAt;

  record Position(long line, long column) {}

  StrictUtf8Reader(InputStream in) {
    this.in = in;
  }

  /** Where the first byte that is not UTF-8 sits, or {@code null} when there was none. */
  Position malformedAt() {
    return malformedAt;
  }

  @Override
  public int read(char[] target, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    int produced;
    do {
      produced = decodeInto(target, offset, length);
      if (produced < 0) {
        return -1;
      }
      produced = dropByteOrderMark(target, offset, produced);
    } while (produced == 0);
    advancePosition(target, offset, produced);
    return produced;
  }

  private int decodeInto(char[] target, int offset, int length) throws IOException {
    CharBuffer out = CharBuffer.wrap(target, offset, length);
    while (out.position() == offset) {
      CoderResult result = decoder.decode(bytes, out, endOfInput);
      if (result.isError()) {
        if (out.position() > offset) {
          break; // hand out what came before; the next call lands on the bad bytes again
        }
        malformedAt = new Position(line, column);
        throw new IOException("Input is not UTF-8");
      }
      if (result.isOverflow()) {
        break;
      }
      if (endOfInput) {
        if (!decoderFlushed) {
          decoder.flush(out);
          decoderFlushed = true;
        }
        return out.position() == offset ? -1 : out.position() - offset;
      }
      fillBytes();
    }
    return out.position() - offset;
  }

  private void fillBytes() throws IOException {
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      endOfInput = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  private int dropByteOrderMark(char[] target, int offset, int produced) {
    if (!atStart || produced == 0) {
      return produced;
    }
    atStart = false;
    if (target[offset] != BYTE_ORDER_MARK) {
      return produced;
    }
    System.arraycopy(target, offset + 1, target, offset, produced - 1);
    return produced - 1;
  }

  private void advancePosition(char[] chars, int offset, int count) {
    for (int i = offset; i < offset + count; i++) {
      if (chars[i] == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
  }

  @Override
  public void close() {
    // The caller opened the stream and closes it.
  }
}
