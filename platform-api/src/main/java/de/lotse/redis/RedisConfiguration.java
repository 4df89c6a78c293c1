package de.lotse.redis;

import java.time.InstantSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import redis.clients.jedis.RedisClient;

/**
 * One pooled {@link RedisClient} for the whole platform, closed on shutdown, plus the key naming
 * and the shared circuit breaker. Creating the client does not connect, so the application starts
 * even while Redis is down.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RedisProperties.class)
class RedisConfiguration {

  @Bean(destroyMethod = "close")
  RedisClient redisClient(RedisProperties properties) {
    return RedisClientFactory.create(properties);
  }

  @Bean
  RedisKeys redisKeys(RedisProperties properties) {
    return new RedisKeys(properties.keyPrefix());
  }

  /** A {@code MeterBinder} bean: Spring Boot registers its gauge with the application registry. */
  @Bean
  RedisCircuitBreaker redisCircuitBreaker(RedisProperties properties) {
    return new RedisCircuitBreaker(properties.retryInterval(), InstantSource.system());
  }
}
