package de.lotse.shared;

import de.lotse.answer.AnswerEngine;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the answer engine.
 *
 * @param cachedAnswersPerTenant recent answers kept per office, so that a repeated question is not
 *     searched again (cleared whenever the office's content changes); 0 switches the cache off
 */
@ConfigurationProperties("lotse.answer")
record AnswerEngineProperties(
    @DefaultValue("" + AnswerEngine.CACHED_ANSWERS_PER_TENANT)
    int cachedAnswersPerTenant) {

  AnswerEngineProperties {
    if (cachedAnswersPerTenant < 0) {
      throw new IllegalArgumentException(
          "lotse.answer.cached-answers-per-tenant must not be negative");
    }
  }
}
