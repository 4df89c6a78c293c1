package de.lotse.stats;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The topic index ({@code stats_topic_question}): the stems and words of each unanswered or
 * unhelpful question still in the raw log, worked out by the roll-up when it recomputes the
 * question's hour, so that the ministry's pilot-wide topics need no text analysis per request.
 *
 * <p>The ministry's topics are computed from it in three steps: PostgreSQL counts the questions
 * per signature over all offices; {@link TopicGrouping#groupSignatures} groups the signatures as
 * it groups an office's questions; PostgreSQL then counts each group's distinct conversations and,
 * for the groups with at least k, the conversations of each word, keeping only words of at least
 * k conversations. So no single question's words leave the database, and the k-anonymity of
 * {@link TopicGrouping#MINIMUM_CONVERSATIONS} is counted over distinct conversations exactly as
 * before.
 */
@Component
class TopicIndex {

  /** Unanswered (fallback) or unhelpful (rated so) questions: the two lists of topics. */
  enum Kind {
    UNANSWERED("unanswered"),
    UNHELPFUL("unhelpful");

    private final String column;

    Kind(String column) {
      this.column = column;
    }
  }

  private static final String DELETE_HOURS = "delete from stats_topic_question"
      + " where tenant_id = ? and asked_at >= ? and asked_at < ?"
      + " and date_trunc('hour', asked_at, 'UTC') = any (?::timestamptz[])";

  private static final String QUESTIONS_OF_HOURS = """
      select id, created_at, conversation_id, question, type = 'fallback', helpful is false
        from chat_message
       where tenant_id = ? and created_at >= ? and created_at < ?
         and (type = 'fallback' or helpful = false)
         and date_trunc('hour', created_at, 'UTC') = any (?::timestamptz[])""";

  private static final String INSERT = """
      insert into stats_topic_question (message_id, tenant_id, asked_at, conversation_id,
                                        unanswered, unhelpful, signature, words)
      values (?, ?, ?, ?, ?, ?, ?, ?::text[])""";

  // The questions of one kind of the offices in the range ...
  private static final String QUESTIONS = " from stats_topic_question t";
  private static final String IN_RANGE =
      " where t.tenant_id = any (?::uuid[])" + " and t.asked_at >= ? and t.asked_at < ? and t.%s";
  // ... joined to the group of their signature.
  private static final String GROUPED = QUESTIONS
      + " join unnest(?::text[], ?::int[]) as g (signature, grp) on g.signature = t.signature";

  private final JdbcTemplate jdbc;

  TopicIndex(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Indexes the office's questions of these hours afresh; runs in the roll-up's tenant
   * transaction. {@code first} and {@code end} bound the hours for the indexes.
   */
  void reindex(UUID tenantId, String hours, Instant first, Instant end) {
    Timestamp from = Timestamp.from(first);
    Timestamp to = Timestamp.from(end);
    jdbc.update(DELETE_HOURS, tenantId, from, to, hours);
    List<Object[]> rows = new ArrayList<>();
    jdbc.query(
        QUESTIONS_OF_HOURS,
        rs -> {
          String question = rs.getString(4);
          Set<String> signature = TopicGrouping.signature(question);
          if (!signature.isEmpty()) {
            rows.add(new Object[] {
              rs.getObject(1, UUID.class),
              tenantId,
              rs.getTimestamp(2),
              rs.getObject(3, UUID.class),
              rs.getBoolean(5),
              rs.getBoolean(6),
              String.join(" ", signature),
              array(new TreeSet<>(TopicGrouping.words(question)))
            });
          }
        },
        tenantId,
        from,
        to,
        hours);
    if (!rows.isEmpty()) {
      jdbc.batchUpdate(INSERT, rows);
    }
  }

  /**
   * The pilot's topics of one kind: groups of at least k conversations, each with only its words
   * of at least k conversations and half the group's. Runs in the ministry's read across offices.
   */
  List<PilotStatistics.Topic> pilotTopics(
      Map<UUID, String> slugs, StatsRange range, Kind kind, int limit) {
    int k = TopicGrouping.MINIMUM_CONVERSATIONS;
    String ids =
        slugs.keySet().stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    Timestamp start = Timestamp.from(range.start());
    Timestamp end = Timestamp.from(range.end());
    String inRange = IN_RANGE.formatted(kind.column);

    Map<Set<String>, Integer> questionsBySignature = new HashMap<>();
    jdbc.query(
        "select t.signature, count(*)" + QUESTIONS + inRange + " group by 1",
        rs -> {
          questionsBySignature.put(
              new TreeSet<>(Arrays.asList(rs.getString(1).split(" "))), rs.getInt(2));
        },
        ids,
        start,
        end);

    // Only groups with k questions can have k conversations: the others need no counting.
    List<String> signatures = new ArrayList<>();
    List<Integer> groupNumbers = new ArrayList<>();
    List<List<Set<String>>> groups = TopicGrouping.groupSignatures(questionsBySignature);
    for (int g = 0; g < groups.size(); g++) {
      List<Set<String>> members = groups.get(g);
      if (members.stream().mapToInt(questionsBySignature::get).sum() >= k) {
        for (Set<String> signature : members) {
          signatures.add(String.join(" ", signature));
          groupNumbers.add(g);
        }
      }
    }
    if (signatures.isEmpty()) {
      return List.of();
    }
    Object[] params = {array(signatures), array(groupNumbers), ids, start, end, k};

    Map<Integer, Counted> counted = new LinkedHashMap<>();
    jdbc.query(
        "select g.grp, count(*), count(distinct t.conversation_id),"
            + " array_agg(distinct t.tenant_id::text)" + GROUPED + inRange
            + " group by 1 having count(distinct t.conversation_id) >= ?",
        rs -> {
          List<String> offices = Arrays.stream((String[]) rs.getArray(4).getArray())
              .map(id -> slugs.get(UUID.fromString(id)))
              .sorted()
              .toList();
          counted.put(rs.getInt(1), new Counted(rs.getInt(2), rs.getLong(3), offices));
        },
        params);

    // The words of the groups that made it, and only theirs.
    List<String> shownSignatures = new ArrayList<>();
    List<Integer> shownGroups = new ArrayList<>();
    for (int i = 0; i < signatures.size(); i++) {
      if (counted.containsKey(groupNumbers.get(i))) {
        shownSignatures.add(signatures.get(i));
        shownGroups.add(groupNumbers.get(i));
      }
    }
    Map<Integer, Map<String, Long>> words = new HashMap<>();
    if (!counted.isEmpty()) {
      jdbc.query(
          "select g.grp, w.word, count(distinct t.conversation_id)"
              + GROUPED + " cross join unnest(t.words) as w (word)" + inRange
              + " group by 1, 2 having count(distinct t.conversation_id) >= ?",
          rs -> {
            words
                .computeIfAbsent(rs.getInt(1), x -> new HashMap<>())
                .put(rs.getString(2), rs.getLong(3));
          },
          array(shownSignatures),
          array(shownGroups),
          ids,
          start,
          end,
          k);
    }

    List<PilotStatistics.Topic> topics = new ArrayList<>();
    counted.entrySet().stream()
        .sorted(Comparator.<Map.Entry<Integer, Counted>>comparingLong(
                e -> -e.getValue().conversations())
            .thenComparingInt(e -> -e.getValue().questions())
            .thenComparingInt(Map.Entry::getKey))
        .forEach(e -> {
          List<String> shown =
              commonWords(words.getOrDefault(e.getKey(), Map.of()), e.getValue().conversations());
          if (!shown.isEmpty() && topics.size() < limit) {
            topics.add(new PilotStatistics.Topic(
                shown,
                e.getValue().questions(),
                e.getValue().conversations(),
                e.getValue().offices()));
          }
        });
    return topics;
  }

  /** The first day with an indexed question of the range, over all offices; null when none. */
  LocalDate coveredFrom(Collection<UUID> tenantIds, StatsRange range) {
    String ids = tenantIds.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    Timestamp first = jdbc.queryForObject(
        "select min(asked_at) from stats_topic_question"
            + " where tenant_id = any (?::uuid[]) and asked_at >= ? and asked_at < ?",
        Timestamp.class,
        ids,
        Timestamp.from(range.start()),
        Timestamp.from(range.end()));
    return first == null ? null : first.toInstant().atZone(StatsRange.ZONE).toLocalDate();
  }

  /**
   * As {@link TopicGrouping.Group#commonWords}: words of at least k conversations (the query kept
   * only those) and of at least half the group's, most frequent first, at most six.
   */
  private static List<String> commonWords(
      Map<String, Long> conversationsByWord, long conversations) {
    long half = (conversations + 1) / 2;
    return conversationsByWord.entrySet().stream()
        .filter(e -> e.getValue() >= half)
        .sorted(Comparator.<Map.Entry<String, Long>>comparingLong(e -> -e.getValue())
            .thenComparing(Map.Entry::getKey))
        .limit(6)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** A PostgreSQL array literal of the values' text. */
  private static String array(Collection<?> values) {
    return values.stream()
        .map(v -> "\"" + v.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
        .collect(Collectors.joining(",", "{", "}"));
  }

  private record Counted(int questions, long conversations, List<String> offices) {}
}
