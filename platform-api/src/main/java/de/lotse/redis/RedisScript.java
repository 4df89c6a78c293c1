package de.lotse.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/**
 * A Lua script run by its SHA-1 ({@code EVALSHA}), so the script text crosses the network only when
 * the server does not know it yet (first use, after a restart or {@code SCRIPT FLUSH}).
 */
public final class RedisScript {

  private final String source;
  private final String sha1;

  private RedisScript(String source) {
    this.source = source;
    this.sha1 = sha1Hex(source);
  }

  /** Loads a UTF-8 script stored as a resource next to {@code anchor}. */
  public static RedisScript fromResource(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Lua script " + name + " not found next to " + anchor);
      }
      return new RedisScript(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Object run(RedisClient redis, List<String> keys, List<String> args) {
    try {
      return redis.evalsha(sha1, keys, args);
    } catch (JedisNoScriptException unknownToServer) {
      // EVAL also puts the script into the server's cache, so the next call is an EVALSHA again.
      return redis.eval(source, keys, args);
    }
  }

  public String sha1() {
    return sha1;
  }

  private static String sha1Hex(String text) {
    try {
      MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
      return HexFormat.of().formatHex(sha1.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-1", e);
    }
  }
}
