package de.lotse.answer.bench;

import de.lotse.answer.EntryContent;
import de.lotse.answer.EntryText;
import de.lotse.answer.TenantKnowledge;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A large tenant for benchmarks: {@code size} entries translated into all 19 languages, built from
 * a real knowledge base's texts (cycled) plus pseudo-words in each language's script, so that
 * entries differ and each language index has a realistic vocabulary size.
 */
final class SyntheticKnowledge {

  static final List<String> LANGUAGES = List.of(
      "de", "en", "ar", "fa", "ps", "tr", "ku", "uk", "ru", "pl", "ro", "bg", "sr", "sq", "fr",
      "es", "it", "vi", "ti");
  private static final int PSEUDO_WORDS_PER_TEXT = 6;

  private SyntheticKnowledge() {}

  static TenantKnowledge of(TenantKnowledge base, int size, long seed) {
    Random random = new Random(seed);
    List<EntryContent> entries = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      EntryContent model = base.entries().get(i % base.entries().size());
      Map<String, EntryText> texts = new LinkedHashMap<>();
      for (String language : LANGUAGES) {
        EntryText source = sourceText(model, language, base.defaultLanguage());
        String words = pseudoWords(language, random);
        List<String> questions = new ArrayList<>();
        for (String question : source.questions()) {
          questions.add(question + " " + pseudoWords(language, random));
        }
        texts.put(
            language,
            new EntryText(
                source.title() + " " + words, questions, source.answerMarkdown() + " " + words));
      }
      entries.add(new EntryContent("synthetic-" + i, "synthetic", texts));
    }
    return new TenantKnowledge(base.defaultLanguage(), LANGUAGES, entries, base.synonyms(), null);
  }

  /** The real text closest in script to the language. */
  private static EntryText sourceText(EntryContent entry, String language, String defaultLanguage) {
    String source = switch (language) {
      case "fa", "ps" -> "ar";
      case "bg" -> "ru";
      case "de", "en", "ar", "tr", "uk", "ru" -> language;
      case "ti" -> defaultLanguage;
      default -> "en";
    };
    EntryText text = entry.texts().get(source);
    return text != null ? text : entry.texts().get(defaultLanguage);
  }

  private static String pseudoWords(String language, Random random) {
    String alphabet = switch (language) {
      case "ar", "fa", "ps" -> "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
      case "uk", "ru", "bg" -> "абвгдежзийклмнопрстуфхцчшщыэюя";
      case "ti" -> "ሀለሐመሠረሰሸቀበተቸነአከወዘየደገጠጸፈፐ";
      default -> "abcdefghijklmnoprstuvwz";
    };
    StringBuilder text = new StringBuilder();
    for (int w = 0; w < PSEUDO_WORDS_PER_TEXT; w++) {
      int length = 4 + random.nextInt(6);
      for (int c = 0; c < length; c++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      text.append(' ');
    }
    return text.toString().trim();
  }
}
