package de.lotse.answer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Recent answers of one tenant, so that a question asked again ("Termin", "Blue Card") costs no
 * search. An answer depends only on the question, the language chosen, the previous entry of the
 * conversation and the tenant's content, so the first three form the key and every content change
 * starts a new, empty generation.
 *
 * <p>Keys are SHA-256 digests, never the text: citizens' questions may name people, and the heap is
 * no place to keep them longer than the request. When a generation is full it is dropped whole; a
 * cheap eviction that costs at most one round of recomputation.
 */
final class AnswerCache {

  private final int capacity;
  private volatile Map<Key, EngineAnswer> generation = new ConcurrentHashMap<>();

  AnswerCache(int capacity) {
    this.capacity = capacity;
  }

  EngineAnswer answer(Question question, Supplier<EngineAnswer> compute) {
    if (capacity <= 0) {
      return compute.get();
    }
    // Read the generation before computing: an answer computed from content that changed meanwhile
    // lands in the discarded generation, never in the new one.
    Map<Key, EngineAnswer> current = generation;
    Key key = Key.of(question);
    EngineAnswer cached = current.get(key);
    if (cached != null) {
      return cached;
    }
    EngineAnswer computed = compute.get();
    if (current.size() >= capacity) {
      if (generation == current) {
        generation = new ConcurrentHashMap<>();
      }
      return computed;
    }
    current.put(key, computed);
    return computed;
  }

  /** Forgets every answer; called whenever the tenant's content changes. */
  void clear() {
    generation = new ConcurrentHashMap<>();
  }

  int size() {
    return generation.size();
  }

  private record Key(long high, long low) {

    static Key of(Question question) {
      MessageDigest sha256 = sha256();
      update(sha256, question.language());
      update(sha256, question.previousEntryKey());
      update(sha256, question.text());
      byte[] digest = sha256.digest();
      return new Key(longAt(digest, 0), longAt(digest, 8));
    }

    /** Length-prefixed, so that no two different field triples hash the same bytes. */
    private static void update(MessageDigest sha256, String value) {
      if (value == null) {
        sha256.update((byte) 0);
        return;
      }
      byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
      sha256.update((byte) 1);
      sha256.update((byte) (bytes.length >>> 24));
      sha256.update((byte) (bytes.length >>> 16));
      sha256.update((byte) (bytes.length >>> 8));
      sha256.update((byte) bytes.length);
      sha256.update(bytes);
    }

    private static long longAt(byte[] bytes, int offset) {
      long value = 0;
      for (int i = offset; i < offset + 8; i++) {
        value = (value << 8) | (bytes[i] & 0xff);
      }
      return value;
    }

    private static MessageDigest sha256() {
      try {
        return MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException impossible) {
        throw new IllegalStateException("every Java runtime has SHA-256", impossible);
      }
    }
  }
}
