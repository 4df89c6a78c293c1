package de.lotse.ratelimit;

import de.lotse.redis.RedisCircuitBreaker;
import de.lotse.redis.RedisKeys;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.InstantSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import redis.clients.jedis.RedisClient;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfiguration {

  @Bean
  ChatRateLimiter chatRateLimiter(
      RateLimitProperties properties,
      RedisClient redis,
      RedisKeys keys,
      RedisCircuitBreaker breaker,
      MeterRegistry registry) {
    if (!properties.enabled()) {
      return (tenantKey, clientAddress) -> RateLimitDecision.ALLOW;
    }
    return ResilientChatRateLimiter.create(
        redis, keys, properties, breaker, registry, InstantSource.system());
  }
}
