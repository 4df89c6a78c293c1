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
@EnableConfigurationProperties({RateLimitProperties.class, SignupRateLimitProperties.class})
class RateLimitConfiguration {

  /**
   * The group all sign-ups share, used where the chat uses an office. Slugs cannot contain "_",
   * so its Redis keys and metric tags never meet an office's.
   */
  static final String SIGNUP_GROUP = "_signup";

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

  @Bean
  SignupRateLimiter signupRateLimiter(
      RateLimitProperties properties,
      SignupRateLimitProperties signup,
      RedisClient redis,
      RedisKeys keys,
      RedisCircuitBreaker breaker,
      MeterRegistry registry) {
    if (!properties.enabled()) {
      return clientAddress -> RateLimitDecision.ALLOW;
    }
    ChatRateLimiter buckets = ResilientChatRateLimiter.create(
        redis,
        keys,
        signup.globalBucket(),
        signup.clientBucket(),
        properties.fallbackMaxBuckets(),
        breaker,
        registry,
        InstantSource.system());
    return clientAddress -> buckets.tryAcquire(SIGNUP_GROUP, clientAddress);
  }
}
