package de.lotse.redis;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import redis.clients.jedis.RedisClient;

/**
 * A real redis-server of the test's own, on a free port, that the test may stop and start again
 * (an outage and a recovery) without disturbing the shared server on 6379.
 */
public final class DisposableRedisServer implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(10);

  private final int port;
  private final Path directory;
  private Process process;

  private DisposableRedisServer(int port, Path directory) {
    this.port = port;
    this.directory = directory;
  }

  public static DisposableRedisServer startOnFreePort() throws IOException {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    var server = new DisposableRedisServer(port, Files.createTempDirectory("lotse-redis-"));
    server.start();
    return server;
  }

  public String url() {
    return "redis://127.0.0.1:" + port + "/0";
  }

  public void start() throws IOException {
    process = new ProcessBuilder(
            "redis-server",
            "--port",
            Integer.toString(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            directory.toString(),
            "--loglevel",
            "warning")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    awaitPong();
  }

  public void stop() throws InterruptedException {
    if (process != null) {
      process.destroy();
      process.waitFor();
      process = null;
    }
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }

  private void awaitPong() throws IOException {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    try (RedisClient redis = TestRedis.client(url())) {
      while (true) {
        try {
          redis.ping();
          return;
        } catch (RuntimeException notYet) {
          if (System.nanoTime() > deadline || !process.isAlive()) {
            throw new IOException("redis-server on port " + port + " did not start", notYet);
          }
          Thread.sleep(20);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while starting redis-server", e);
    }
  }
}
