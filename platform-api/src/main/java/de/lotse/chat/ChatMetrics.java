package de.lotse.chat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.stereotype.Component;

/** Prometheus metrics of the public chat, tagged by office. */
@Component
class ChatMetrics {

  private final MeterRegistry registry;
  private final ConcurrentMap<String, Counter> questions = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Timer> latency = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Counter> feedback = new ConcurrentHashMap<>();

  ChatMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  void answered(String tenant, String type, String language, long nanos) {
    // Meters are looked up once per tag combination: the builders are too slow for the hot path.
    questions
        .computeIfAbsent(
            tenant + '|' + type + '|' + language,
            k -> Counter.builder("lotse.chat.questions")
                .description("Questions by reply type and language")
                .tags("tenant", tenant, "type", type, "language", language)
                .register(registry))
        .increment();
    latency
        .computeIfAbsent(
            tenant,
            k -> Timer.builder("lotse.chat.answer.latency")
                .description("Time to answer a question")
                .tags("tenant", tenant)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(2))
                .register(registry))
        .record(Duration.ofNanos(nanos));
  }

  void feedback(String tenant, boolean helpful) {
    String rating = helpful ? "helpful" : "unhelpful";
    feedback
        .computeIfAbsent(
            tenant + '|' + rating,
            k -> Counter.builder("lotse.chat.feedback")
                .description("Ratings of answers")
                .tags("tenant", tenant, "rating", rating)
                .register(registry))
        .increment();
  }
}
