package de.lotse.cluster;

import de.lotse.redis.RedisKeys;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import redis.clients.jedis.RedisClient;

/**
 * Relays {@code ContentChanged} events between platform instances: local ones (after commit) go out
 * on {@code <key-prefix>content-changed}, other instances' ones come back in as application events
 * with {@code fromOtherInstance = true}, and a lost subscription is reported as {@link
 * ContentChangesMayHaveBeenMissed}.
 */
@Configuration(proxyBeanMethods = false)
class ClusterConfiguration {

  private static final Logger log = LoggerFactory.getLogger(ClusterConfiguration.class);

  @Bean(destroyMethod = "close")
  ContentChangeRelay contentChangeRelay(
      RedisClient redis, RedisKeys keys, ApplicationEventPublisher events) {
    // New per process, so a restarted instance never takes its predecessor's messages for its own.
    String instanceId = UUID.randomUUID().toString();
    log.info("Relaying content changes as instance {}", instanceId);
    String channel = keys.global("content-changed");
    var relay = new ContentChangeRelay(redis, channel, instanceId, events::publishEvent);
    relay.onReconnect(() -> events.publishEvent(new ContentChangesMayHaveBeenMissed()));
    return relay.start();
  }

  @Bean
  LocalContentChangeForwarder localContentChangeForwarder(ContentChangeRelay relay) {
    return new LocalContentChangeForwarder(relay);
  }
}
