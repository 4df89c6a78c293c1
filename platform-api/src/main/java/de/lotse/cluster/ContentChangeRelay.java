package de.lotse.cluster;

import de.lotse.knowledge.ContentChanged;
import de.lotse.redis.RedisClientFactory;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisConnectionException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tells the other platform instances over Redis pub/sub that an office's content changed, and hands
 * their announcements to a sink as {@code ContentChanged(..., fromOtherInstance = true)}.
 *
 * <p>Messages are JSON: {@code {"instance": "...", "tenantId": "...", "entryKeys": [...]}}. A
 * daemon thread holds the subscription (one pooled connection for as long as the relay runs) and
 * calls the sink; a slow sink delays the messages after it, so the sink should hand work off.
 *
 * <p>Pub/sub does not keep messages for absent subscribers: while the subscription is down,
 * announcements are lost. No list of tenants exists at this level, so the relay cannot replay them;
 * instead it calls the {@link #onReconnect} listeners after every subscription that follows a
 * failure (also the first one, if Redis was down at start), and the owner must then rebuild all
 * tenants.
 */
public final class ContentChangeRelay implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ContentChangeRelay.class);
  private static final Duration FIRST_RETRY_DELAY = Duration.ofMillis(100);
  private static final Duration MAX_RETRY_DELAY = Duration.ofSeconds(5);
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(2);
  private static final JsonMapper JSON = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  /** What travels on the channel. */
  record Announcement(String instance, UUID tenantId, Set<String> entryKeys) {}

  private final RedisClient redis;
  private final String channel;
  private final String instanceId;
  private final Consumer<ContentChanged> sink;
  private final List<Runnable> reconnectListeners = new CopyOnWriteArrayList<>();
  private final Thread subscriber;
  private volatile Subscription subscription;
  private volatile boolean closed;

  public ContentChangeRelay(
      RedisClient redis, String channel, String instanceId, Consumer<ContentChanged> sink) {
    this.redis = Objects.requireNonNull(redis, "redis");
    this.channel = Objects.requireNonNull(channel, "channel");
    this.instanceId = Objects.requireNonNull(instanceId, "instanceId");
    this.sink = Objects.requireNonNull(sink, "sink");
    this.subscriber = new Thread(this::subscribeUntilClosed, "content-change-relay");
    this.subscriber.setDaemon(true);
  }

  /** Starts the subscriber thread; returns at once, even while Redis is down. */
  public ContentChangeRelay start() {
    subscriber.start();
    return this;
  }

  /**
   * Runs {@code listener} on the subscriber thread whenever announcements may have been lost. The
   * listener should rebuild every tenant's content (or schedule that) and must not block for long.
   */
  public void onReconnect(Runnable listener) {
    reconnectListeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /**
   * Announces a change made on this instance. Never throws for Redis trouble: a lost announcement
   * leaves the other instances on old content until their next rebuild, which must not fail the
   * change itself.
   *
   * @return whether Redis accepted the announcement
   */
  public boolean publish(ContentChanged change) {
    if (change.fromOtherInstance()) {
      throw new IllegalArgumentException("changes from other instances must not be relayed again");
    }
    var announcement = new Announcement(instanceId, change.tenantId(), change.entryKeys());
    String json = JSON.writeValueAsString(announcement);
    try {
      publishOnFreshConnectionIfNeeded(json);
      return true;
    } catch (RuntimeException e) {
      log.warn(
          "Could not announce the content change of tenant {} to other instances ({}); they keep"
              + " the old content until their next rebuild",
          change.tenantId(),
          e.toString());
      return false;
    }
  }

  private void publishOnFreshConnectionIfNeeded(String json) {
    try {
      redis.publish(channel, json);
    } catch (JedisConnectionException e) {
      // After a Redis restart the pool's idle connections are dead; changes are rare enough that
      // a second try on a new connection costs nothing and saves the announcement.
      RedisClientFactory.dropIdleConnections(redis);
      redis.publish(channel, json);
    }
  }

  public boolean isSubscribed() {
    Subscription current = subscription;
    return current != null && current.active;
  }

  /** Polls until the subscription is up; for start-up ordering and tests. */
  public boolean awaitSubscribed(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!isSubscribed()) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(10);
    }
    return true;
  }

  /** Ends the subscription and waits briefly for the subscriber thread to finish. */
  @Override
  public void close() {
    closed = true;
    Subscription current = subscription;
    if (current != null && current.active) {
      try {
        current.unsubscribe();
      } catch (RuntimeException alreadyGone) {
        // The connection broke at the same moment; the thread will see `closed` and stop.
      }
    }
    subscriber.interrupt();
    try {
      subscriber.join(CLOSE_TIMEOUT.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  boolean isRunning() {
    return subscriber.isAlive();
  }

  private void subscribeUntilClosed() {
    Duration delay = FIRST_RETRY_DELAY;
    boolean failedSinceLastSubscription = false;
    while (!closed) {
      Subscription attempt = new Subscription(failedSinceLastSubscription);
      subscription = attempt;
      try {
        redis.subscribe(attempt, channel);
      } catch (RuntimeException e) {
        if (closed) {
          break;
        }
        if (attempt.confirmed || !failedSinceLastSubscription) {
          log.warn(
              "Content-change subscription lost ({}); other instances' changes are missed until"
                  + " it is back, retrying up to every {} s",
              e.toString(),
              MAX_RETRY_DELAY.toSeconds());
        } else {
          log.debug("Content-change subscription still down: {}", e.toString());
        }
      } finally {
        attempt.active = false;
      }
      if (attempt.confirmed) {
        delay = FIRST_RETRY_DELAY;
      }
      // Also after a clean return: only close() unsubscribes, anything else is a loss.
      failedSinceLastSubscription = true;
      if (closed || !sleep(delay)) {
        break;
      }
      delay = longer(delay);
    }
  }

  private static Duration longer(Duration delay) {
    Duration doubled = delay.multipliedBy(2);
    return doubled.compareTo(MAX_RETRY_DELAY) > 0 ? MAX_RETRY_DELAY : doubled;
  }

  private static boolean sleep(Duration delay) {
    try {
      Thread.sleep(delay.toMillis());
      return true;
    } catch (InterruptedException e) {
      return false;
    }
  }

  private void receive(String message) {
    Optional<Announcement> announcement = parse(message);
    if (announcement.isEmpty() || announcement.get().instance().equals(instanceId)) {
      return;
    }
    Announcement a = announcement.get();
    try {
      sink.accept(new ContentChanged(a.tenantId(), a.entryKeys(), true));
    } catch (RuntimeException e) {
      log.error("Handling another instance's content change of {} failed", a.tenantId(), e);
    }
  }

  private static Optional<Announcement> parse(String message) {
    try {
      Announcement a = JSON.readValue(message, Announcement.class);
      if (a != null && a.instance() != null && a.tenantId() != null) {
        Set<String> keys = a.entryKeys() == null ? Set.of() : Set.copyOf(a.entryKeys());
        return Optional.of(new Announcement(a.instance(), a.tenantId(), keys));
      }
    } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
      // Falls through to the warning; the payload itself is not logged.
    }
    log.warn("Ignoring a malformed content-change message ({} characters)", message.length());
    return Optional.empty();
  }

  private void announceReconnect() {
    log.info("Content-change subscription is back; changes made meanwhile may have been missed");
    for (Runnable listener : reconnectListeners) {
      try {
        listener.run();
      } catch (RuntimeException e) {
        log.error("A content-relay reconnect listener failed", e);
      }
    }
  }

  private final class Subscription extends JedisPubSub {

    private final boolean afterFailure;
    /** The server confirmed the subscription at some point. */
    private volatile boolean confirmed;
    /** Confirmed and not yet ended. */
    private volatile boolean active;

    Subscription(boolean afterFailure) {
      this.afterFailure = afterFailure;
    }

    @Override
    public void onSubscribe(String channel, int subscribedChannels) {
      confirmed = true;
      active = true;
      if (closed) {
        // close() ran before the server confirmed and could not unsubscribe yet.
        unsubscribe();
        return;
      }
      if (afterFailure) {
        announceReconnect();
      }
    }

    @Override
    public void onMessage(String channel, String message) {
      receive(message);
    }
  }
}
