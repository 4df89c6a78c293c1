package de.lotse.shared;

import de.lotse.answer.AnswerEngine;
import de.lotse.privacy.PiiScrubber;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plain-Java parts of the platform, made available to its features. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AnswerEngineProperties.class)
class CoreBeans {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean(destroyMethod = "close")
  AnswerEngine answerEngine(AnswerEngineProperties properties) {
    return new AnswerEngine(properties.cachedAnswersPerTenant());
  }

  @Bean
  PiiScrubber piiScrubber() {
    return new PiiScrubber();
  }
}
