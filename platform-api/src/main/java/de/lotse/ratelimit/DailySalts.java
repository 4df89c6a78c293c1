package de.lotse.ratelimit;

import de.lotse.redis.RedisKeys;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.SetParams;

/**
 * The secret that turns client addresses into pseudonyms, one per day. All instances must use the
 * same salt, or a client's bucket would differ per instance; the first instance to need a day's
 * salt creates it in Redis with {@code SET NX}, everyone else reads that one.
 *
 * <p>The key expires after 48 hours; once it is gone, nobody can tell which address a pseudonym
 * stood for. A day is a calendar day in Europe/Berlin (see {@link ResilientChatRateLimiter}).
 */
final class DailySalts {

  static final Duration TIME_TO_LIVE = Duration.ofHours(48);

  private record Salt(LocalDate day, byte[] value) {}

  private final RedisClient redis;
  private final RedisKeys keys;
  private final SecureRandom random;
  private volatile Salt shared;
  private volatile Salt localOnly;

  DailySalts(RedisClient redis, RedisKeys keys, SecureRandom random) {
    this.redis = redis;
    this.keys = keys;
    this.random = random;
  }

  /** The day's salt shared through Redis; asks Redis at most once per day (and instance). */
  byte[] shared(LocalDate day) {
    Salt cached = shared;
    if (cached != null && cached.day().equals(day)) {
      return cached.value();
    }
    byte[] value = fetchOrCreate(day);
    shared = new Salt(day, value);
    return value;
  }

  /**
   * For the local fallback: the shared salt if this instance already has the day's, else one only
   * this instance knows. Local buckets live in this instance alone, so nothing needs to match.
   */
  byte[] forFallback(LocalDate day) {
    Salt cached = shared;
    if (cached != null && cached.day().equals(day)) {
      return cached.value();
    }
    Salt local = localOnly;
    if (local == null || !local.day().equals(day)) {
      local = new Salt(day, newSaltText().getBytes(StandardCharsets.US_ASCII));
      localOnly = local;
    }
    return local.value();
  }

  private byte[] fetchOrCreate(LocalDate day) {
    String key = keys.global("ratelimit", "salt", day.toString());
    String candidate = newSaltText();
    String stored =
        "OK".equals(redis.set(key, candidate, new SetParams().nx().ex(TIME_TO_LIVE.toSeconds())))
            ? candidate
            : redis.get(key);
    if (stored == null) {
      // Only if the key vanished between SET NX and GET (e.g. a flush); a fresh try sorts it out.
      throw new IllegalStateException("the day's rate-limit salt disappeared from Redis");
    }
    return stored.getBytes(StandardCharsets.UTF_8);
  }

  private String newSaltText() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
