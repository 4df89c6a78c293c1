package de.lotse.answer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The engine's built-in word lists, read once from resources next to this class. */
final class WordLists {

  private static final Map<String, List<String>> FILLER_WORDS = readWords("filler-words.txt");
  private static final Map<String, List<String>> BACKGROUND_WORDS =
      readWords("background-words.txt");
  private static final Map<String, List<List<String>>> DOMAIN_LEXICON =
      readGroups("domain-lexicon.txt");
  private static final Map<String, List<List<String>>> OTHER_AUTHORITIES =
      readGroups("other-authorities.txt");

  private WordLists() {}

  /** Words without topic of a language (question words, modal verbs, colloquial forms). */
  static List<String> fillerWords(String language) {
    return FILLER_WORDS.getOrDefault(language, List.of());
  }

  /** Built-in synonym groups of the language. */
  static List<List<String>> domainSynonyms(String language) {
    return DOMAIN_LEXICON.getOrDefault(language, List.of());
  }

  /** Words of citizens' stories that name no topic unless an office uses them ({@link UnknownWords}). */
  static List<String> backgroundWords(String language) {
    return BACKGROUND_WORDS.getOrDefault(language, List.of());
  }

  private static Map<String, List<String>> readWords(String resource) {
    Map<String, List<String>> result = new HashMap<>();
    for (String[] line : languageLines(resource)) {
      result
          .computeIfAbsent(line[0], k -> new ArrayList<>())
          .addAll(Arrays.asList(line[1].trim().split("\\s+")));
    }
    return result;
  }

  /**
   * Terms for matters of other authorities (child benefit, driving licences, taxes, …), each a
   * word or a few words.
   */
  static List<String> otherAuthorities(String language) {
    return OTHER_AUTHORITIES.getOrDefault(language, List.of()).stream()
        .flatMap(List::stream)
        .toList();
  }

  private static Map<String, List<List<String>>> readGroups(String resource) {
    Map<String, List<List<String>>> result = new HashMap<>();
    for (String[] line : languageLines(resource)) {
      List<String> group = Arrays.stream(line[1].split("\\|"))
          .map(String::trim)
          .filter(s -> !s.isEmpty())
          .toList();
      result.computeIfAbsent(line[0], k -> new ArrayList<>()).add(group);
    }
    return result;
  }

  /** Lines "language: rest", without comments and blank lines, split at the first colon. */
  private static List<String[]> languageLines(String resource) {
    List<String[]> lines = new ArrayList<>();
    try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        int colon = line.indexOf(':');
        if (line.isBlank() || line.startsWith("#") || colon < 0) {
          continue;
        }
        lines.add(new String[] {line.substring(0, colon).trim(), line.substring(colon + 1)});
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }
}
