package de.lotse.stats;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Groups scrubbed questions the bot could not answer (or that citizens rated unhelpful) into
 * topics, deliberately simple:
 *
 * <ol>
 *   <li>A question's <em>signature</em> is the set of its words' stems: lower-cased words of at
 *       least three letters, without the scrubber's placeholders ({@code [NAME]} …) and a short
 *       list of German and English filler words, each cut to its first six letters (a crude stem
 *       that joins "Termin"/"Termine" and "verlängern"/"Verlängerung").
 *   <li>Signatures are taken in order of frequency; each joins the first group whose founding
 *       signature shares at least half of their combined stems (Jaccard ≥ 0.5), else founds a
 *       new group.
 * </ol>
 *
 * <p>Offices see their own groups with example questions. The ministry sees a group only when it
 * comes from at least {@link #MINIMUM_CONVERSATIONS} different conversations, and then only words
 * that themselves occur in that many conversations: never a question's text.
 */
final class TopicGrouping {

  /** k of the ministry's k-anonymity: conversations a topic and each shown word must come from. */
  static final int MINIMUM_CONVERSATIONS = 5;

  private static final double SIMILAR = 0.5;
  private static final int STEM_LENGTH = 6;
  private static final Pattern PLACEHOLDER = Pattern.compile("\\[[A-Z_]+]");
  private static final Set<String> FILLER = Set.copyOf(List.of(
      // German
      "ich",
      "du",
      "sie",
      "wir",
      "ihr",
      "mein",
      "meine",
      "meinen",
      "meiner",
      "meinem",
      "mich",
      "mir",
      "uns",
      "und",
      "oder",
      "aber",
      "der",
      "die",
      "das",
      "den",
      "dem",
      "des",
      "ein",
      "eine",
      "einen",
      "einer",
      "einem",
      "wie",
      "was",
      "wann",
      "wo",
      "wer",
      "warum",
      "welche",
      "welcher",
      "kann",
      "können",
      "muss",
      "müssen",
      "soll",
      "darf",
      "habe",
      "hat",
      "haben",
      "bin",
      "ist",
      "sind",
      "wird",
      "werden",
      "bei",
      "mit",
      "für",
      "von",
      "auf",
      "aus",
      "nach",
      "zum",
      "zur",
      "noch",
      "schon",
      "auch",
      "nicht",
      "kein",
      "keine",
      "bitte",
      "hallo",
      "danke",
      "gibt",
      "man",
      "ob",
      "wenn",
      "dass",
      "als",
      "nur",
      "sehr",
      "viel",
      "lange",
      // English
      "the",
      "and",
      "or",
      "but",
      "how",
      "what",
      "when",
      "where",
      "who",
      "why",
      "which",
      "can",
      "could",
      "must",
      "should",
      "may",
      "have",
      "has",
      "had",
      "are",
      "was",
      "were",
      "will",
      "with",
      "for",
      "from",
      "about",
      "not",
      "please",
      "hello",
      "thanks",
      "does",
      "did",
      "you",
      "your",
      "there",
      "that",
      "this",
      "get",
      "need",
      "want",
      "my",
      "me"));

  private TopicGrouping() {}

  /** One logged question; {@code office} is the slug (for the ministry's pilot-wide topics). */
  record Asked(String question, String language, String conversation, String office) {}

  static List<Group> group(List<Asked> asked) {
    Map<Set<String>, List<Asked>> bySignature = new HashMap<>();
    for (Asked a : asked) {
      Set<String> signature = signature(a.question());
      if (!signature.isEmpty()) {
        bySignature.computeIfAbsent(signature, k -> new ArrayList<>()).add(a);
      }
    }
    Map<Set<String>, Integer> counts = new HashMap<>();
    bySignature.forEach((signature, members) -> counts.put(signature, members.size()));
    List<Group> groups = new ArrayList<>();
    for (List<Set<String>> signatures : groupSignatures(counts)) {
      Group group = new Group();
      signatures.forEach(signature -> group.members.addAll(bySignature.get(signature)));
      groups.add(group);
    }
    groups.sort(Comparator.comparingLong(Group::conversations)
        .reversed()
        .thenComparing(Comparator.comparingInt(Group::questions).reversed())
        .thenComparing(Group::label));
    return groups;
  }

  /** A question's stems, sorted; empty when no word counts. */
  static Set<String> signature(String question) {
    return words(question).stream()
        .map(TopicGrouping::stem)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * The grouping itself, on signatures and how many questions have each: signatures in order of
   * frequency, each joining the first group whose founding signature is similar enough. Returns
   * the groups in the order they were founded, each founding signature first.
   */
  static List<List<Set<String>>> groupSignatures(Map<Set<String>, Integer> questionsBySignature) {
    List<Map.Entry<Set<String>, Integer>> ordered =
        new ArrayList<>(questionsBySignature.entrySet());
    ordered.sort(Comparator.<Map.Entry<Set<String>, Integer>>comparingInt(e -> -e.getValue())
        .thenComparing(e -> String.join(" ", e.getKey())));
    List<List<Set<String>>> groups = new ArrayList<>();
    // Only groups sharing a stem can be similar: look them up instead of trying every group.
    Map<String, List<Integer>> groupsByStem = new HashMap<>();
    for (Map.Entry<Set<String>, Integer> entry : ordered) {
      Set<String> signature = entry.getKey();
      TreeSet<Integer> candidates = new TreeSet<>();
      signature.forEach(stem -> candidates.addAll(groupsByStem.getOrDefault(stem, List.of())));
      List<Set<String>> home = candidates.stream()
          .map(groups::get)
          .filter(g -> similar(g.get(0), signature))
          .findFirst()
          .orElse(null);
      if (home == null) {
        home = new ArrayList<>();
        int index = groups.size();
        groups.add(home);
        signature.forEach(
            stem -> groupsByStem.computeIfAbsent(stem, k -> new ArrayList<>()).add(index));
      }
      home.add(signature);
    }
    return groups;
  }

  /** The words that count: lower-case, placeholders and filler words out, three letters or more. */
  static List<String> words(String question) {
    String text = PLACEHOLDER.matcher(question == null ? "" : question).replaceAll(" ");
    text = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    for (String word : text.split("[^\\p{L}\\p{M}\\p{N}]+")) {
      if (word.codePointCount(0, word.length()) >= 3 && !FILLER.contains(word)) {
        words.add(word);
      }
    }
    return words;
  }

  static String stem(String word) {
    int length = word.codePointCount(0, word.length());
    return length <= STEM_LENGTH
        ? word
        : word.substring(0, word.offsetByCodePoints(0, STEM_LENGTH));
  }

  private static boolean similar(Set<String> a, Set<String> b) {
    long shared = a.stream().filter(b::contains).count();
    return shared / (double) (a.size() + b.size() - shared) >= SIMILAR;
  }

  /** Questions of one topic. */
  static final class Group {

    private final List<Asked> members = new ArrayList<>();

    int questions() {
      return members.size();
    }

    long conversations() {
      return members.stream().map(Asked::conversation).distinct().count();
    }

    /** The most frequent wording (an office's own view only). */
    String label() {
      return examples(1).get(0);
    }

    /** The most frequent wordings, most frequent first (an office's own view only). */
    List<String> examples(int limit) {
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (Asked a : members) {
        counts.merge(a.question().strip(), 1, Integer::sum);
      }
      return counts.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue()
              .reversed()
              .thenComparing(Map.Entry.comparingByKey()))
          .limit(limit)
          .map(Map.Entry::getKey)
          .toList();
    }

    List<String> languages() {
      return members.stream().map(Asked::language).distinct().sorted().toList();
    }

    List<String> offices() {
      return members.stream().map(Asked::office).distinct().sorted().toList();
    }

    /**
     * Words that occur in at least {@code minimum} of the group's conversations and in at least
     * half of them, most frequent first (at most six): what the ministry may see of a topic.
     */
    List<String> commonWords(int minimum) {
      Map<String, Set<String>> conversationsByWord = new HashMap<>();
      for (Asked a : members) {
        for (String word : new HashSet<>(words(a.question()))) {
          conversationsByWord.computeIfAbsent(word, k -> new HashSet<>()).add(a.conversation());
        }
      }
      long half = (conversations() + 1) / 2;
      return conversationsByWord.entrySet().stream()
          .filter(e -> e.getValue().size() >= Math.max(minimum, half))
          .sorted(Comparator.<Map.Entry<String, Set<String>>>comparingInt(
                  e -> -e.getValue().size())
              .thenComparing(Map.Entry::getKey))
          .limit(6)
          .map(Map.Entry::getKey)
          .toList();
    }
  }
}
