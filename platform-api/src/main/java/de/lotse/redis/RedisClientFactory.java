package de.lotse.redis;

import java.net.URI;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;

/** Creates pooled Redis clients whose every wait is bounded by {@link RedisProperties}. */
public final class RedisClientFactory {

  private RedisClientFactory() {}

  public static RedisClient create(RedisProperties properties) {
    var clientConfig = DefaultJedisClientConfig.builder()
        .connectionTimeoutMillis(Math.toIntExact(properties.connectTimeout().toMillis()))
        .socketTimeoutMillis(Math.toIntExact(properties.socketTimeout().toMillis()))
        .clientName("lotse-platform")
        .build();
    var poolConfig = new ConnectionPoolConfig();
    poolConfig.setMaxTotal(properties.poolSize());
    poolConfig.setMaxIdle(properties.poolSize());
    // The pool's default is to wait forever for a free connection; a chat request must not.
    poolConfig.setMaxWait(properties.poolMaxWait());
    poolConfig.setBlockWhenExhausted(true);
    // The client config must come first: fromURI merges the URL's database and credentials into it.
    return RedisClient.builder()
        .clientConfig(clientConfig)
        .poolConfig(poolConfig)
        .fromURI(URI.create(properties.url()))
        .build();
  }

  /**
   * Closes the pool's idle connections. After an outage they point at a server that is gone, and
   * each would fail one command before the pool noticed; a caller probing whether Redis is back
   * wants a fresh connection instead.
   */
  public static void dropIdleConnections(RedisClient redis) {
    redis.getPool().clear();
  }
}
