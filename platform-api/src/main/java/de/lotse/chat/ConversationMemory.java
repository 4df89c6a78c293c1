package de.lotse.chat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Remembers the last answered entry of recent conversations, so that a follow-up ("and what does
 * it cost?") can lean on it. Bounded and in memory: it holds entry keys only, nothing a citizen
 * typed. With several instances behind a load balancer without affinity, a follow-up that lands
 * on another instance is answered on its own.
 */
@Component
class ConversationMemory {

  private static final int CAPACITY = 50_000;

  private final Map<UUID, String> lastEntry = new LinkedHashMap<>(1024, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<UUID, String> eldest) {
      return size() > CAPACITY;
    }
  };

  synchronized String lastEntryKey(UUID conversationId) {
    return lastEntry.get(conversationId);
  }

  synchronized void remember(UUID conversationId, String entryKey) {
    lastEntry.put(conversationId, entryKey);
  }
}
