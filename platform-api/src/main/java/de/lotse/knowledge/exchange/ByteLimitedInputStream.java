package de.lotse.knowledge.exchange;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts bytes as they stream past and fails once there are more than allowed, so that an oversized
 * upload is refused after reading just past the limit instead of being buffered whole.
 */
final class ByteLimitedInputStream extends FilterInputStream {

  private final long maxBytes;
  private long bytesRead;
  private boolean limitExceeded;

  ByteLimitedInputStream(InputStream in, long maxBytes) {
    super(in);
    this.maxBytes = maxBytes;
  }

  boolean limitExceeded() {
    return limitExceeded;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    // Asking for at most one byte more than allowed is enough to notice the limit.
    long remaining = maxBytes - bytesRead;
    int allowed = remaining >= length ? length : (int) remaining + 1;
    int n = in.read(buffer, offset, allowed);
    if (n > 0) {
      bytesRead += n;
      if (bytesRead > maxBytes) {
        limitExceeded = true;
        throw new IOException("Input is larger than " + maxBytes + " bytes");
      }
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    throw new IOException("Skipping is not supported: every byte must be counted");
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
