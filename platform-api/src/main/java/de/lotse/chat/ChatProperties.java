package de.lotse.chat;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param retention how long raw conversation rows are kept ({@code LOTSE_CHAT_RETENTION})
 * @param retentionCron when the purge runs, in Europe/Berlin ({@code LOTSE_CHAT_RETENTION_CRON})
 * @param logQueueCapacity messages waiting to be written before new ones are dropped
 * @param logFlushInterval how often the log writer flushes
 */
@ConfigurationProperties("lotse.chat")
record ChatProperties(
    @DefaultValue("90d") Duration retention,
    @DefaultValue("0 15 3 * * *") String retentionCron,
    @DefaultValue("100000") int logQueueCapacity,
    @DefaultValue("200ms") Duration logFlushInterval) {}
