package de.lotse.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.knowledge.ContentChanged;
import de.lotse.redis.DisposableRedisServer;
import de.lotse.redis.RedisKeys;
import de.lotse.redis.TestRedis;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListenerFactory;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import redis.clients.jedis.RedisClient;

/** The Spring wiring: which application events leave the instance, and which come in. */
class ClusterConfigurationIntegrationTests {

  private final String prefix = TestRedis.uniquePrefix();
  private final UUID rosenheim = UUID.randomUUID();
  private final BlockingQueue<ContentChanged> seenByOtherInstance = new LinkedBlockingQueue<>();
  private ContentChangeRelay otherInstance;

  @BeforeEach
  void startOtherInstance() throws InterruptedException {
    otherInstance = new ContentChangeRelay(
            TestRedis.client(), prefix + "content-changed", "other", seenByOtherInstance::add)
        .start();
    assertThat(otherInstance.awaitSubscribed(Duration.ofSeconds(2))).isTrue();
  }

  @AfterEach
  void stopOtherInstance() {
    otherInstance.close();
  }

  @Test
  void announcesLocalChangesOnceTheirTransactionCommitted() {
    contextRunner(TestRedis.URL).run(context -> {
      awaitSubscribed(context);
      inTransaction(context, false, () -> context.publishEvent(localChange("committed")));

      assertThat(nextSeenByOtherInstance()).isEqualTo(remoteChange("committed"));
    });
  }

  @Test
  void doesNotAnnounceChangesOfARolledBackTransaction() {
    contextRunner(TestRedis.URL).run(context -> {
      awaitSubscribed(context);
      inTransaction(context, true, () -> context.publishEvent(localChange("rolled-back")));

      assertThat(seenByOtherInstance.poll(300, TimeUnit.MILLISECONDS)).isNull();
    });
  }

  @Test
  void announcesChangesPublishedOutsideATransaction() {
    contextRunner(TestRedis.URL).run(context -> {
      awaitSubscribed(context);
      context.publishEvent(localChange("no-transaction"));

      assertThat(nextSeenByOtherInstance()).isEqualTo(remoteChange("no-transaction"));
    });
  }

  @Test
  void publishesOtherInstancesChangesAsApplicationEventsWithoutRelayingThemBack() {
    contextRunner(TestRedis.URL).run(context -> {
      awaitSubscribed(context);
      otherInstance.publish(localChange("from-other"));

      assertThat(context.getBean(Recorder.class).changes.poll(1, TimeUnit.SECONDS))
          .isEqualTo(remoteChange("from-other"));
      assertThat(seenByOtherInstance.poll(300, TimeUnit.MILLISECONDS)).isNull();
    });
  }

  @Test
  void publishesThatChangesMayHaveBeenMissedWhenRedisComesBack() throws Exception {
    try (DisposableRedisServer server = DisposableRedisServer.startOnFreePort()) {
      server.stop();
      contextRunner(server.url()).run(context -> {
        Thread.sleep(300);
        server.start();

        assertThat(context.getBean(Recorder.class).missed.poll(8, TimeUnit.SECONDS))
            .isNotNull();
      });
    }
  }

  @Test
  void closesTheRelayWithTheContext() {
    ContentChangeRelay[] relay = new ContentChangeRelay[1];
    contextRunner(TestRedis.URL).run(context -> relay[0] = awaitSubscribed(context));

    assertThat(relay[0].isRunning()).isFalse();
  }

  private ApplicationContextRunner contextRunner(String redisUrl) {
    return new ApplicationContextRunner()
        .withBean(RedisClient.class, () -> TestRedis.client(redisUrl))
        .withBean(RedisKeys.class, () -> new RedisKeys(prefix))
        .withBean(TransactionalEventListenerFactory.class)
        .withBean(PlatformTransactionManager.class, NothingToCommit::new)
        .withBean(Recorder.class)
        .withUserConfiguration(ClusterConfiguration.class);
  }

  private static ContentChangeRelay awaitSubscribed(AssertableApplicationContext context)
      throws InterruptedException {
    ContentChangeRelay relay = context.getBean(ContentChangeRelay.class);
    assertThat(relay.awaitSubscribed(Duration.ofSeconds(2))).isTrue();
    return relay;
  }

  private static void inTransaction(
      AssertableApplicationContext context, boolean rollBack, Runnable work) {
    new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
        .executeWithoutResult(status -> {
          work.run();
          if (rollBack) {
            status.setRollbackOnly();
          }
        });
  }

  private ContentChanged nextSeenByOtherInstance() throws InterruptedException {
    return seenByOtherInstance.poll(1, TimeUnit.SECONDS);
  }

  private ContentChanged localChange(String entryKey) {
    return new ContentChanged(rosenheim, Set.of(entryKey), false);
  }

  private ContentChanged remoteChange(String entryKey) {
    return new ContentChanged(rosenheim, Set.of(entryKey), true);
  }

  static class Recorder {
    final BlockingQueue<ContentChanged> changes = new LinkedBlockingQueue<>();
    final BlockingQueue<ContentChangesMayHaveBeenMissed> missed = new LinkedBlockingQueue<>();

    @EventListener
    void on(ContentChanged change) {
      if (change.fromOtherInstance()) {
        changes.add(change);
      }
    }

    @EventListener
    void on(ContentChangesMayHaveBeenMissed event) {
      missed.add(event);
    }
  }

  /** Real Spring transactions (synchronisation, commit, rollback) with no resource behind them. */
  static class NothingToCommit extends AbstractPlatformTransactionManager {

    @Override
    protected Object doGetTransaction() {
      return new Object();
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {}

    @Override
    protected void doCommit(DefaultTransactionStatus status) {}

    @Override
    protected void doRollback(DefaultTransactionStatus status) {}
  }
}
