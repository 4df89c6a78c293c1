package de.lotse.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArrayMap;

/**
 * Decides which of a tenant's languages a question is written in.
 *
 * <p>The script decides first (Arabic, Cyrillic, Ethiopic, Latin), then letters that only one
 * language of the script uses (Pashto ټ ډ ړ …, Persian پ چ ژ گ ک ی, Ukrainian і ї є ґ, Russian
 * ы э ё ъ), then word statistics: each word counts for the languages whose function words contain
 * it, and for the languages of the tenant's own content that use it, shared by how many do. The
 * widget's choice wins unless another language of the same script is clearly ahead.
 */
final class LanguageDetector {

  private static final String PASHTO_LETTERS = "ټډړږښګڼۍې";
  private static final String PERSIAN_LETTERS = "پچژگکی";
  private static final String ARABIC_ONLY_LETTERS = "ةيكىإأ";
  private static final String UKRAINIAN_LETTERS = "іїєґ";
  private static final String RUSSIAN_LETTERS = "ыэёъ";
  /** A language must lead the widget's language by this factor to override it. */
  private static final double CLEAR_LEAD = 2.0;

  private static final double MIN_EVIDENCE = 1.5;
  /** Letters of a non-Latin script that make a question count as written in it. */
  private static final int MIN_SCRIPT_LETTERS = 3;

  private final List<String> languages;
  private final String defaultLanguage;
  private final Map<String, Set<String>> functionWords;
  /** Per word of the tenant's content, the languages using it: bit i for {@code languages.get(i)}. */
  private final CharArrayMap<Long> vocabulary;

  private LanguageDetector(
      List<String> languages, String defaultLanguage, CharArrayMap<Long> vocabulary) {
    this.languages = languages;
    this.defaultLanguage = defaultLanguage;
    this.vocabulary = vocabulary;
    this.functionWords = new HashMap<>();
    for (String language : languages) {
      Set<String> words = new HashSet<>();
      for (String word : WordLists.fillerWords(language)) {
        words.add(word.toLowerCase(Locale.ROOT));
      }
      for (Object stop : LanguageAnalysis.luceneStopWords(language)) {
        words.add(new String((char[]) stop));
      }
      functionWords.put(language, words);
    }
  }

  /** A detector for the tenant's languages that knows the words of its content. */
  static LanguageDetector forTenant(
      Collection<String> languages, String defaultLanguage, Collection<EntryContent> entries) {
    List<String> ordered = List.copyOf(languages);
    if (ordered.size() > Long.SIZE) {
      throw new IllegalArgumentException("at most " + Long.SIZE + " languages per tenant");
    }
    // A bit set per word rather than a set of language codes: a large office has hundreds of
    // thousands of words, and this map lives as long as its index. A map keyed by characters, so
    // that the words are looked up where they stand in the text: most words repeat, and copying
    // each one out first made this a seventh of an index build.
    CharArrayMap<Long> vocabulary = new CharArrayMap<>(1024, false);
    for (EntryContent entry : entries) {
      entry.texts().forEach((language, text) -> {
        int bit = ordered.indexOf(language);
        if (bit < 0) {
          return;
        }
        long mask = 1L << bit;
        addWords(vocabulary, text.title(), mask);
        text.questions().forEach(q -> addWords(vocabulary, q, mask));
        addWords(vocabulary, text.answerMarkdown(), mask);
      });
    }
    return new LanguageDetector(ordered, defaultLanguage, vocabulary);
  }

  private static void addWords(CharArrayMap<Long> vocabulary, String text, long mask) {
    char[] lower = text.toLowerCase(Locale.ROOT).toCharArray();
    forEachWord(lower, (start, end) -> {
      Long users = vocabulary.get(lower, start, end - start);
      if (users == null || (users | mask) != users) {
        vocabulary.put(Arrays.copyOfRange(lower, start, end), users == null ? mask : users | mask);
      }
    });
  }

  /** The language to search in for a question, given the widget's choice (nullable). */
  String detect(String text, String asked) {
    String fallback = asked != null && languages.contains(asked) ? asked : defaultLanguage;
    Script script = Script.dominant(text);
    if (script == null) {
      return fallback;
    }
    List<String> candidates = new ArrayList<>();
    for (String language : languages) {
      if (Script.of(language) == script) {
        candidates.add(language);
      }
    }
    if (candidates.isEmpty()) {
      return fallback;
    }
    if (candidates.size() == 1) {
      return candidates.get(0);
    }
    String byLetters = byDistinctiveLetters(text, script, candidates);
    if (byLetters != null) {
      return byLetters;
    }
    return byWords(text, candidates, candidates.contains(fallback) ? fallback : null);
  }

  private static String byDistinctiveLetters(String text, Script script, List<String> candidates) {
    if (script == Script.ARABIC) {
      if (candidates.contains("ps") && count(text, PASHTO_LETTERS) > 0) {
        return "ps";
      }
      int persian = count(text, PERSIAN_LETTERS);
      int arabic = count(text, ARABIC_ONLY_LETTERS);
      if (candidates.contains("fa") && persian > arabic) {
        return "fa";
      }
      if (candidates.contains("ar") && arabic > persian) {
        return "ar";
      }
    } else if (script == Script.CYRILLIC) {
      int ukrainian = count(text, UKRAINIAN_LETTERS);
      int russian = count(text, RUSSIAN_LETTERS);
      if (candidates.contains("uk") && ukrainian > russian) {
        return "uk";
      }
      if (candidates.contains("ru") && russian > ukrainian) {
        return "ru";
      }
    }
    return null;
  }

  private String byWords(String text, List<String> candidates, String preferred) {
    Map<String, Double> scores = new HashMap<>();
    long candidateMask = 0;
    for (String language : candidates) {
      candidateMask |= 1L << languages.indexOf(language);
    }
    for (String word : words(text)) {
      for (String language : candidates) {
        if (functionWords.get(language).contains(word)) {
          scores.merge(language, 1.0, Double::sum);
        }
      }
      Long users = vocabulary.get(word);
      if (users != null) {
        long sharing = Long.bitCount(users & candidateMask);
        for (String language : candidates) {
          if ((users & (1L << languages.indexOf(language))) != 0) {
            scores.merge(language, 1.0 / sharing, Double::sum);
          }
        }
      }
    }
    String best = null;
    double bestScore = 0;
    for (String language : candidates) {
      double score = scores.getOrDefault(language, 0.0);
      if (score > bestScore) {
        best = language;
        bestScore = score;
      }
    }
    if (preferred != null) {
      double preferredScore = scores.getOrDefault(preferred, 0.0);
      boolean clearlyOther =
          best != null && bestScore >= MIN_EVIDENCE && bestScore >= CLEAR_LEAD * preferredScore;
      return clearlyOther ? best : preferred;
    }
    if (best != null) {
      return best;
    }
    return candidates.contains(defaultLanguage) ? defaultLanguage : candidates.get(0);
  }

  /**
   * The words of a text in lower case: runs of letters, digits and apostrophes of at least two
   * characters.
   */
  static List<String> words(String text) {
    char[] lower = text.toLowerCase(Locale.ROOT).toCharArray();
    List<String> result = new ArrayList<>();
    forEachWord(lower, (start, end) -> result.add(new String(lower, start, end - start)));
    return result;
  }

  /** Calls back with the bounds of every word of a lower-cased text ({@link #words(String)}). */
  private static void forEachWord(char[] lower, WordBounds consumer) {
    int start = -1;
    for (int i = 0; i < lower.length; ) {
      int codePoint = Character.codePointAt(lower, i);
      boolean wordChar = isWordCharacter(codePoint);
      if (wordChar && start < 0) {
        start = i;
      } else if (!wordChar && start >= 0) {
        if (i - start >= 2) {
          consumer.accept(start, i);
        }
        start = -1;
      }
      i += Character.charCount(codePoint);
    }
    if (start >= 0 && lower.length - start >= 2) {
      consumer.accept(start, lower.length);
    }
  }

  @FunctionalInterface
  private interface WordBounds {
    void accept(int start, int end);
  }

  private static boolean isWordCharacter(int codePoint) {
    if (Character.isLetter(codePoint) || codePoint == '\'' || codePoint == '\u2019') {
      return true;
    }
    int type = Character.getType(codePoint);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  private static int count(String text, String letters) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (letters.indexOf(text.charAt(i)) >= 0) {
        n++;
      }
    }
    return n;
  }

  /** Writing systems that separate the supported languages before any statistics. */
  enum Script {
    LATIN,
    ARABIC,
    CYRILLIC,
    ETHIOPIC;

    static Script of(String language) {
      return switch (language) {
        case "ar", "fa", "ps" -> ARABIC;
        case "ru", "uk", "bg" -> CYRILLIC;
        case "ti" -> ETHIOPIC;
        default -> LATIN;
      };
    }

    /**
     * The script the text is written in, or null without letters: the non-Latin script with the
     * most letters once it has a word's worth of them (any number without Latin letters) and at
     * least a quarter as many as Latin, else Latin. Citizens writing Arabic, Persian, Cyrillic or Tigrinya mix in German terms ("Що
     * таке Fiktionsbescheinigung?", "شرایط Blaue Karte چیست؟"); a German question with a name in
     * another script stays German.
     */
    static Script dominant(String text) {
      int[] counts = new int[values().length];
      text.codePoints().filter(Character::isLetter).forEach(cp -> {
        Script script = ofLetter(cp);
        if (script != null) {
          counts[script.ordinal()]++;
        }
      });
      int latin = counts[LATIN.ordinal()];
      Script best = null;
      for (Script script : values()) {
        int letters = counts[script.ordinal()];
        boolean enough = letters >= MIN_SCRIPT_LETTERS || (letters > 0 && latin == 0);
        if (script != LATIN
            && enough
            && letters * 4 >= latin
            && (best == null || letters > counts[best.ordinal()])) {
          best = script;
        }
      }
      return best != null ? best : latin > 0 ? LATIN : null;
    }

    private static Script ofLetter(int codePoint) {
      Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
      return switch (script) {
        case LATIN -> LATIN;
        case ARABIC -> ARABIC;
        case CYRILLIC -> CYRILLIC;
        case ETHIOPIC -> ETHIOPIC;
        default -> null;
      };
    }
  }
}
