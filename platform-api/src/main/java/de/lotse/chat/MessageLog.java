package de.lotse.chat;

import de.lotse.shared.TenantScope;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the conversation log to PostgreSQL in batches, off the request thread: a citizen's
 * answer never waits for the log. Rows arrive here already scrubbed.
 *
 * <p>A full queue drops rows (counted in {@code lotse.chat.log.dropped}) rather than slowing or
 * failing answers; so does a failed write.
 */
@Component
class MessageLog implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(MessageLog.class);
  private static final int BATCH = 1_000;
  private static final String INSERT = """
      insert into chat_message (id, tenant_id, conversation_id, created_at, language, type,
                                entry_key, score, latency_ms, question, opens_conversation)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

  private final BlockingQueue<LoggedMessage> queue;
  private final ReentrantLock writing = new ReentrantLock();
  private final TenantScope scope;
  private final JdbcTemplate jdbc;
  private final long flushMillis;
  private final Counter dropped;
  private final Counter failed;
  private volatile Thread writer;
  private volatile boolean running;

  MessageLog(
      TenantScope scope, JdbcTemplate jdbc, ChatProperties properties, MeterRegistry meters) {
    this.scope = scope;
    this.jdbc = jdbc;
    this.queue = new ArrayBlockingQueue<>(properties.logQueueCapacity());
    this.flushMillis = properties.logFlushInterval().toMillis();
    this.dropped = meters.counter("lotse.chat.log.dropped");
    this.failed = meters.counter("lotse.chat.log.failed");
    meters.gauge("lotse.chat.log.queued", queue, BlockingQueue::size);
  }

  void append(LoggedMessage message) {
    if (!queue.offer(message)) {
      dropped.increment();
    }
  }

  /** Writes everything queued so far before returning. */
  void flush() {
    writing.lock();
    try {
      List<LoggedMessage> batch = new ArrayList<>();
      while (queue.drainTo(batch, BATCH) > 0) {
        write(batch);
        batch.clear();
      }
    } finally {
      writing.unlock();
    }
  }

  private void runWriter() {
    List<LoggedMessage> batch = new ArrayList<>(BATCH);
    while (running || !queue.isEmpty()) {
      try {
        LoggedMessage first = queue.poll(flushMillis, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        writing.lock();
        try {
          batch.add(first);
          queue.drainTo(batch, BATCH - 1);
          write(batch);
        } finally {
          batch.clear();
          writing.unlock();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void write(List<LoggedMessage> batch) {
    Map<UUID, List<LoggedMessage>> byTenant =
        batch.stream().collect(Collectors.groupingBy(LoggedMessage::tenantId));
    byTenant.forEach((tenantId, rows) -> {
      try {
        scope.write(
            tenantId,
            () -> jdbc.batchUpdate(INSERT, rows, rows.size(), (ps, m) -> {
              ps.setObject(1, m.id());
              ps.setObject(2, m.tenantId());
              ps.setObject(3, m.conversationId());
              ps.setTimestamp(4, Timestamp.from(m.createdAt()));
              ps.setString(5, m.language());
              ps.setString(6, m.type());
              ps.setString(7, m.entryKey());
              ps.setFloat(8, (float) m.score());
              ps.setFloat(9, (float) m.latencyMs());
              ps.setString(10, m.question());
              ps.setBoolean(11, m.opensConversation());
            }));
      } catch (RuntimeException e) {
        failed.increment(rows.size());
        log.error(
            "Could not write {} conversation log rows: {}",
            rows.size(),
            e.getClass().getSimpleName());
      }
    });
  }

  @Override
  public void start() {
    running = true;
    writer = new Thread(this::runWriter, "chat-log-writer");
    writer.setDaemon(true);
    writer.start();
  }

  @Override
  public void stop() {
    running = false;
    Thread thread = writer;
    if (thread != null) {
      try {
        thread.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    flush();
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
