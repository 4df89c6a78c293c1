package de.lotse.feedback;

import de.lotse.chat.FeedbackItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns the inbox's questions into groups and groups into what editors see. Plain Java. */
final class FeedbackGroups {

  static final int MAX_VARIANTS = 10;
  static final int MAX_COMMENTS = 20;

  private FeedbackGroups() {}

  /** A question of the inbox with the group it belongs to and the language it is written in. */
  record Keyed(FeedbackItem item, String groupId, String language) {}

  /** The questions by group id; within a group in the order they came (newest first). */
  static Map<String, List<Keyed>> byGroup(List<Keyed> items) {
    Map<String, List<Keyed>> groups = new LinkedHashMap<>();
    for (Keyed item : items) {
      groups.computeIfAbsent(item.groupId(), id -> new ArrayList<>()).add(item);
    }
    return groups;
  }

  /**
   * How a decision applies to one question: a dismissal to every question of the group, before
   * and after it; a resolution to the questions asked up to it, so that a question that still
   * fails afterwards opens the group again.
   */
  static FeedbackStatus statusOf(FeedbackItem item, FeedbackDecision decision) {
    if (decision == null) {
      return FeedbackStatus.OPEN;
    }
    if (decision.status() == FeedbackStatus.DISMISSED) {
      return FeedbackStatus.DISMISSED;
    }
    return item.askedAt().isAfter(decision.at()) ? FeedbackStatus.OPEN : FeedbackStatus.RESOLVED;
  }

  /** @param items the group's questions to count, newest first; not empty */
  static FeedbackGroup summarise(
      String id, FeedbackStatus status, List<Keyed> items, FeedbackDecision decision) {
    List<FeedbackGroup.Variant> variants = variants(items);
    Instant first = items.stream()
        .map(k -> k.item().askedAt())
        .min(Comparator.naturalOrder())
        .orElseThrow();
    Instant last = items.stream()
        .map(k -> k.item().askedAt())
        .max(Comparator.naturalOrder())
        .orElseThrow();
    List<FeedbackGroup.Comment> comments = items.stream()
        .filter(k -> k.item().comment() != null)
        .map(k ->
            new FeedbackGroup.Comment(k.item().comment(), k.language(), k.item().askedAt()))
        .toList();
    return new FeedbackGroup(
        id,
        status,
        variants.get(0).text(),
        variants.stream().limit(MAX_VARIANTS).toList(),
        items.size(),
        (int) items.stream().filter(k -> k.item().unhelpful()).count(),
        (int) items.stream().filter(k -> k.item().fallback()).count(),
        first,
        last,
        byFrequency(items.stream().map(Keyed::language).toList()),
        byFrequency(items.stream()
                .filter(k -> k.item().unhelpful())
                .map(k -> k.item().entryKey())
                .filter(java.util.Objects::nonNull)
                .toList())
            .stream()
            .map(key -> new FeedbackGroup.EntryCount(key, (int) items.stream()
                .filter(k -> k.item().unhelpful() && key.equals(k.item().entryKey()))
                .count()))
            .toList(),
        comments.stream().limit(MAX_COMMENTS).toList(),
        comments.size(),
        decision);
  }

  /** Distinct wordings, most frequent first; on a tie the one asked last (items come newest first). */
  static List<FeedbackGroup.Variant> variants(List<Keyed> items) {
    Map<String, Keyed> firstSeen = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Keyed keyed : items) {
      String wording = wording(keyed.item().question());
      firstSeen.putIfAbsent(wording, keyed);
      counts.merge(wording, 1, Integer::sum);
    }
    List<FeedbackGroup.Variant> variants = new ArrayList<>();
    counts.forEach((wording, count) -> {
      Keyed latest = firstSeen.get(wording);
      variants.add(new FeedbackGroup.Variant(latest.item().question(), latest.language(), count));
    });
    // Stable sort: equal counts keep the newest-first order.
    variants.sort(Comparator.comparingInt(FeedbackGroup.Variant::count).reversed());
    return variants;
  }

  /** Case and final punctuation aside: "Wie lange?" and "wie lange" are one wording. */
  static String wording(String question) {
    String lower = question.strip().toLowerCase(Locale.ROOT);
    int end = lower.length();
    while (end > 0 && isFinalPunctuation(lower.charAt(end - 1))) {
      end--;
    }
    return lower.substring(0, end).strip();
  }

  private static boolean isFinalPunctuation(char c) {
    return c == '?' || c == '!' || c == '.' || c == '؟' || c == '…' || c == '։' || c == '።'
        || c == '፧';
  }

  /** Distinct values, most frequent first; on a tie in order of first appearance. */
  static List<String> byFrequency(List<String> values) {
    Map<String, Long> counts = values.stream()
        .collect(Collectors.groupingBy(v -> v, LinkedHashMap::new, Collectors.counting()));
    List<String> distinct = new ArrayList<>(counts.keySet());
    distinct.sort(Comparator.comparingLong(counts::get).reversed());
    return distinct;
  }
}
