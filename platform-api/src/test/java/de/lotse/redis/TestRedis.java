package de.lotse.redis;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/** The Redis server of this machine, shared with other test runs: each test has its own prefix. */
public final class TestRedis {

  public static final String URL = "redis://127.0.0.1:6379/0";

  /** Nothing listens here; connecting is refused at once. */
  public static final String UNUSED_URL = "redis://127.0.0.1:6390/0";

  private TestRedis() {}

  public static String uniquePrefix() {
    return "lotse-test:" + UUID.randomUUID().toString().substring(0, 8) + ":";
  }

  public static RedisClient client() {
    return client(URL);
  }

  public static RedisClient client(String url) {
    return RedisClientFactory.create(RedisProperties.of(url, ""));
  }

  public static List<String> keysStartingWith(RedisClient redis, String prefix) {
    List<String> keys = new ArrayList<>();
    ScanParams params = new ScanParams().match(prefix + "*").count(500);
    String cursor = ScanParams.SCAN_POINTER_START;
    do {
      ScanResult<String> page = redis.scan(cursor, params);
      keys.addAll(page.getResult());
      cursor = page.getCursor();
    } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
    return keys;
  }

  public static void deleteKeysStartingWith(RedisClient redis, String prefix) {
    for (String key : keysStartingWith(redis, prefix)) {
      redis.del(key);
    }
  }
}
