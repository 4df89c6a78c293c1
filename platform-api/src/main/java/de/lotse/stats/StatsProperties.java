package de.lotse.stats;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param rollupInterval how often the hourly aggregates catch up with the conversation log
 *     ({@code LOTSE_STATS_ROLLUP_INTERVAL}); figures are at most this old
 * @param rollupMargin how far before the previous run a run looks again, for rows the log writer
 *     stored late ({@code LOTSE_STATS_ROLLUP_MARGIN})
 * @param contactsAvoidedFactor share of answered questions, not rated unhelpful, that would
 *     otherwise have reached the office's staff ({@code LOTSE_STATS_CONTACTS_AVOIDED_FACTOR})
 * @param topicRowLimit at most this many of the newest unanswered or unhelpful questions of an
 *     office are grouped into its own view's topics ({@code LOTSE_STATS_TOPIC_ROW_LIMIT}); the
 *     ministry's topics count all of them in PostgreSQL
 */
@ConfigurationProperties("lotse.stats")
record StatsProperties(
    @DefaultValue("5m") Duration rollupInterval,
    @DefaultValue("10m") Duration rollupMargin,
    @DefaultValue("0.5") double contactsAvoidedFactor,
    @DefaultValue("20000") int topicRowLimit) {

  StatsProperties {
    if (contactsAvoidedFactor < 0 || contactsAvoidedFactor > 1) {
      throw new IllegalArgumentException("lotse.stats.contacts-avoided-factor must be 0..1");
    }
  }
}
