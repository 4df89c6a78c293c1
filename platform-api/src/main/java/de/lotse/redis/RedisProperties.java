package de.lotse.redis;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the platform reaches Redis. Timeouts are short on purpose: Redis only backs rate limiting and
 * the cluster relay, and a dead Redis must not stall a citizen's chat request.
 *
 * <table>
 *   <caption>Properties</caption>
 *   <tr><th>property</th><th>default</th></tr>
 *   <tr><td>{@code lotse.redis.url}</td><td>{@code redis://127.0.0.1:6379/0}</td></tr>
 *   <tr><td>{@code lotse.redis.key-prefix}</td><td>{@code lotse:}</td></tr>
 *   <tr><td>{@code lotse.redis.connect-timeout}</td><td>{@code 200ms}</td></tr>
 *   <tr><td>{@code lotse.redis.socket-timeout}</td><td>{@code 200ms}</td></tr>
 *   <tr><td>{@code lotse.redis.pool-size}</td><td>{@code 16}</td></tr>
 *   <tr><td>{@code lotse.redis.pool-max-wait}</td><td>{@code 200ms}</td></tr>
 *   <tr><td>{@code lotse.redis.retry-interval}</td><td>{@code 5s}</td></tr>
 * </table>
 *
 * @param url Redis URL ({@code redis://[user:password@]host:port/db}, {@code rediss://} for TLS)
 * @param keyPrefix put in front of every key and channel the platform uses, so several deployments
 *     (or test runs) can share one Redis
 * @param connectTimeout how long to wait for a TCP connection
 * @param socketTimeout how long to wait for a reply to one command
 * @param poolSize most connections held at once; the cluster relay keeps one of them for its
 *     subscription
 * @param poolMaxWait how long a caller waits for a free pooled connection before giving up
 * @param retryInterval after a failure, how long callers use their fallback before trying Redis
 *     again (see {@link RedisCircuitBreaker})
 */
@ConfigurationProperties("lotse.redis")
public record RedisProperties(
    @DefaultValue("redis://127.0.0.1:6379/0") String url,
    @DefaultValue("lotse:") String keyPrefix,
    @DefaultValue("200ms") Duration connectTimeout,
    @DefaultValue("200ms") Duration socketTimeout,
    @DefaultValue("16") int poolSize,
    @DefaultValue("200ms") Duration poolMaxWait,
    @DefaultValue("5s") Duration retryInterval) {

  /** Defaults as documented above, with another URL and key prefix (for tests and tools). */
  public static RedisProperties of(String url, String keyPrefix) {
    return new RedisProperties(
        url,
        keyPrefix,
        Duration.ofMillis(200),
        Duration.ofMillis(200),
        16,
        Duration.ofMillis(200),
        Duration.ofSeconds(5));
  }
}
