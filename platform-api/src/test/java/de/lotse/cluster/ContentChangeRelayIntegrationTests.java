package de.lotse.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import de.lotse.knowledge.ContentChanged;
import de.lotse.redis.DisposableRedisServer;
import de.lotse.redis.TestRedis;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

class ContentChangeRelayIntegrationTests {

  private static final Duration WITHIN_A_SECOND = Duration.ofSeconds(1);

  private final String channel = TestRedis.uniquePrefix() + "content-changed";
  private final UUID rosenheim = UUID.randomUUID();
  private final BlockingQueue<ContentChanged> receivedByA = new LinkedBlockingQueue<>();
  private final BlockingQueue<ContentChanged> receivedByB = new LinkedBlockingQueue<>();
  private final Deque<AutoCloseable> toClose = new ArrayDeque<>();

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable closeable : toClose) {
      closeable.close();
    }
  }

  @Test
  void anotherInstanceReceivesTheChangeWithinASecondAndTheSenderDoesNot() throws Exception {
    ContentChangeRelay a = subscribedRelay(TestRedis.URL, "instance-a", receivedByA::add);
    subscribedRelay(TestRedis.URL, "instance-b", receivedByB::add);

    boolean sent = a.publish(new ContentChanged(rosenheim, Set.of("residence-permit"), false));

    assertThat(sent).isTrue();
    assertThat(receivedByB.poll(WITHIN_A_SECOND.toMillis(), TimeUnit.MILLISECONDS))
        .isEqualTo(new ContentChanged(rosenheim, Set.of("residence-permit"), true));
    assertThat(receivedByA.poll(200, TimeUnit.MILLISECONDS)).isNull();
  }

  @Test
  void relaysChangesOfEverythingAsEmptyKeys() throws Exception {
    ContentChangeRelay a = subscribedRelay(TestRedis.URL, "instance-a", receivedByA::add);
    subscribedRelay(TestRedis.URL, "instance-b", receivedByB::add);

    a.publish(new ContentChanged(rosenheim, Set.of(), false));

    ContentChanged received = receivedByB.poll(WITHIN_A_SECOND.toMillis(), TimeUnit.MILLISECONDS);
    assertThat(received).isNotNull();
    assertThat(received.affectsEverything()).isTrue();
  }

  @Test
  void ignoresMalformedMessagesAndKeepsListening() throws Exception {
    ContentChangeRelay a = subscribedRelay(TestRedis.URL, "instance-a", receivedByA::add);
    ContentChangeRelay b = subscribedRelay(TestRedis.URL, "instance-b", receivedByB::add);
    RedisClient raw = open(TestRedis.client());

    raw.publish(channel, "not json at all");
    raw.publish(channel, "{\"instance\":\"x\",\"tenantId\":\"not-a-uuid\",\"entryKeys\":[]}");
    raw.publish(channel, "{\"instance\":\"x\",\"entryKeys\":[\"a\"]}");
    raw.publish(
        channel, "{\"instance\":\"x\",\"tenantId\":\"" + rosenheim + "\",\"entryKeys\":[null]}");
    raw.publish(channel, "[]");
    a.publish(new ContentChanged(rosenheim, Set.of("k"), false));

    assertThat(receivedByB.poll(WITHIN_A_SECOND.toMillis(), TimeUnit.MILLISECONDS))
        .isEqualTo(new ContentChanged(rosenheim, Set.of("k"), true));
    assertThat(receivedByB).isEmpty();
    assertThat(b.isRunning()).isTrue();
  }

  @Test
  void acceptsMessagesWithoutEntryKeysOrWithUnknownFields() throws Exception {
    subscribedRelay(TestRedis.URL, "instance-b", receivedByB::add);
    RedisClient raw = open(TestRedis.client());

    raw.publish(
        channel, "{\"instance\":\"x\",\"tenantId\":\"" + rosenheim + "\",\"priority\":\"high\"}");

    assertThat(receivedByB.poll(WITHIN_A_SECOND.toMillis(), TimeUnit.MILLISECONDS))
        .isEqualTo(new ContentChanged(rosenheim, Set.of(), true));
  }

  @Test
  void aFailingSinkDoesNotStopTheSubscriber() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    ContentChangeRelay a = subscribedRelay(TestRedis.URL, "instance-a", receivedByA::add);
    subscribedRelay(TestRedis.URL, "instance-b", change -> {
      if (calls.incrementAndGet() == 1) {
        throw new IllegalStateException("index rebuild failed");
      }
      receivedByB.add(change);
    });

    a.publish(new ContentChanged(rosenheim, Set.of("first"), false));
    a.publish(new ContentChanged(rosenheim, Set.of("second"), false));

    assertThat(receivedByB.poll(WITHIN_A_SECOND.toMillis(), TimeUnit.MILLISECONDS))
        .isEqualTo(new ContentChanged(rosenheim, Set.of("second"), true));
  }

  @Test
  void refusesToRelayAChangeThatCameFromAnotherInstance() {
    ContentChangeRelay a = relay(TestRedis.URL, "instance-a", receivedByA::add);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> a.publish(new ContentChanged(rosenheim, Set.of(), true)));
  }

  @Test
  void closeEndsTheSubscriberThread() throws Exception {
    ContentChangeRelay a = subscribedRelay(TestRedis.URL, "instance-a", receivedByA::add);

    a.close();

    assertThat(a.isRunning()).isFalse();
    assertThat(a.isSubscribed()).isFalse();
  }

  @Test
  void closeEndsTheThreadAlsoWhileRedisIsDown() throws Exception {
    ContentChangeRelay a =
        relay(TestRedis.UNUSED_URL, "instance-a", receivedByA::add).start();
    Thread.sleep(300);

    a.close();

    assertThat(a.isRunning()).isFalse();
  }

  @Test
  void publishingWhileRedisIsDownReportsFailureWithoutThrowing() {
    ContentChangeRelay a = relay(TestRedis.UNUSED_URL, "instance-a", receivedByA::add);

    assertThat(a.publish(new ContentChanged(rosenheim, Set.of("k"), false))).isFalse();
  }

  @Test
  void resubscribesAfterAnOutageAndSaysChangesMayHaveBeenMissed() throws Exception {
    DisposableRedisServer server = open(DisposableRedisServer.startOnFreePort());
    ContentChangeRelay a = relay(server.url(), "instance-a", receivedByA::add);
    ContentChangeRelay b = relay(server.url(), "instance-b", receivedByB::add);
    AtomicInteger reconnects = new AtomicInteger();
    b.onReconnect(reconnects::incrementAndGet);
    b.start();
    assertThat(b.awaitSubscribed(Duration.ofSeconds(2))).isTrue();
    assertThat(reconnects).hasValue(0);

    server.stop();
    Thread.sleep(300);
    server.start();

    // The subscriber may notice the outage only after the server is back: wait for the reconnect
    // itself, not for a subscription flag that can still be set from before the outage.
    long deadline = System.nanoTime() + Duration.ofSeconds(8).toNanos();
    while (reconnects.get() == 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(b.awaitSubscribed(Duration.ofSeconds(8))).isTrue();
    assertThat(reconnects).hasValue(1);
    a.publish(new ContentChanged(rosenheim, Set.of("after-outage"), false));
    assertThat(receivedByB.poll(WITHIN_A_SECOND.toMillis(), TimeUnit.MILLISECONDS))
        .isEqualTo(new ContentChanged(rosenheim, Set.of("after-outage"), true));
  }

  @Test
  void saysChangesMayHaveBeenMissedWhenRedisWasDownAtStart() throws Exception {
    DisposableRedisServer server = open(DisposableRedisServer.startOnFreePort());
    server.stop();
    ContentChangeRelay b = relay(server.url(), "instance-b", receivedByB::add);
    AtomicInteger reconnects = new AtomicInteger();
    b.onReconnect(reconnects::incrementAndGet);
    b.start();
    Thread.sleep(300);

    server.start();

    assertThat(b.awaitSubscribed(Duration.ofSeconds(8))).isTrue();
    assertThat(reconnects).hasValue(1);
  }

  private ContentChangeRelay subscribedRelay(
      String url, String instance, Consumer<ContentChanged> sink) throws InterruptedException {
    ContentChangeRelay relay = relay(url, instance, sink).start();
    assertThat(relay.awaitSubscribed(Duration.ofSeconds(2))).isTrue();
    return relay;
  }

  private ContentChangeRelay relay(String url, String instance, Consumer<ContentChanged> sink) {
    RedisClient redis = open(TestRedis.client(url));
    return open(new ContentChangeRelay(redis, channel, instance, sink));
  }

  private <T extends AutoCloseable> T open(T closeable) {
    toClose.push(closeable);
    return closeable;
  }
}
