package de.lotse.answer.bench;

import de.lotse.answer.EntryContent;
import de.lotse.answer.EntryText;
import de.lotse.answer.TenantKnowledge;
import de.lotse.knowledge.exchange.CategoryData;
import de.lotse.knowledge.exchange.EntryData;
import de.lotse.knowledge.exchange.ExchangeFormatWriter;
import de.lotse.knowledge.exchange.KnowledgeBaseFile;
import de.lotse.knowledge.exchange.TranslationData;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a synthetic corpus of offices as provisioning descriptors ({@code *.tenant.json}) with
 * their knowledge bases in the exchange format, for {@code infra/bench/corpus-build.sh}: the
 * platform then creates and imports them through its own start-up provisioning.
 *
 * <p>The mix, fixed by the seed: the first {@value #LARGE_OFFICES} offices have 1,000 entries in all
 * 19 languages (like the JMH benchmark's tenant); every other office has 50–300 entries in 4–8
 * languages (German and English plus a random choice of the others). Texts come from {@link
 * SyntheticKnowledge} (the Rosenheim seed's texts cycled, plus pseudo-words per language).
 *
 * <p>Arguments: {@code OUTPUT_DIR [OFFICES, default 100] [SEED, default 42]}.
 */
public final class SyntheticCorpus {

  static final int LARGE_OFFICES = 5;
  private static final int LARGE_ENTRIES = 1_000;
  private static final int MIN_ENTRIES = 50;
  private static final int MAX_ENTRIES = 300;
  private static final int MIN_LANGUAGES = 4;
  private static final int MAX_LANGUAGES = 8;
  private static final String CATEGORY = "synthetic";

  private SyntheticCorpus() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int offices = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
    Files.createDirectories(dir.resolve("kb"));
    TenantKnowledge base = AskBenchmark.rosenheim();
    Random random = new Random(seed);
    ExchangeFormatWriter writer = new ExchangeFormatWriter();
    JsonMapper json = JsonMapper.builder().build();
    long entries = 0;
    long translations = 0;
    long bytes = 0;
    for (int i = 1; i <= offices; i++) {
      boolean large = i <= LARGE_OFFICES;
      int size =
          large ? LARGE_ENTRIES : MIN_ENTRIES + random.nextInt(MAX_ENTRIES - MIN_ENTRIES + 1);
      List<String> languages = large ? SyntheticKnowledge.LANGUAGES : someLanguages(random);
      KnowledgeBaseFile kb = restrict(
          SyntheticKnowledge.of(base, size, random.nextLong()),
          languages,
          "Synthetisches Amt " + i);
      String slug = String.format(Locale.ROOT, "office-%03d", i);
      Path kbFile = dir.resolve("kb").resolve(slug + ".json");
      try (OutputStream out = Files.newOutputStream(kbFile)) {
        writer.write(kb, out);
      }
      json.writeValue(
          dir.resolve(slug + ".tenant.json").toFile(), descriptor(json, slug, i, languages));
      entries += size;
      translations += (long) size * languages.size();
      bytes += Files.size(kbFile);
    }
    System.out.printf(
        Locale.ROOT,
        "corpus in %s: %d offices (%d with %d entries x 19 languages, %d with %d-%d entries x %d-%d languages);"
            + " %d entries, %d translations, %.1f MB of knowledge-base files%n",
        dir,
        offices,
        Math.min(offices, LARGE_OFFICES),
        LARGE_ENTRIES,
        Math.max(0, offices - LARGE_OFFICES),
        MIN_ENTRIES,
        MAX_ENTRIES,
        MIN_LANGUAGES,
        MAX_LANGUAGES,
        entries,
        translations,
        bytes / 1e6);
  }

  /** German (the default) and English, then a random choice of the other languages. */
  private static List<String> someLanguages(Random random) {
    List<String> others = new ArrayList<>(
        SyntheticKnowledge.LANGUAGES.subList(2, SyntheticKnowledge.LANGUAGES.size()));
    List<String> chosen = new ArrayList<>(List.of("de", "en"));
    int count = MIN_LANGUAGES + random.nextInt(MAX_LANGUAGES - MIN_LANGUAGES + 1);
    while (chosen.size() < count) {
      chosen.add(others.remove(random.nextInt(others.size())));
    }
    return chosen;
  }

  private static KnowledgeBaseFile restrict(
      TenantKnowledge knowledge, List<String> languages, String name) {
    List<EntryData> entries = new ArrayList<>(knowledge.entries().size());
    for (EntryContent entry : knowledge.entries()) {
      Map<String, TranslationData> translations = new LinkedHashMap<>();
      for (String language : languages) {
        EntryText text = entry.texts().get(language);
        translations.put(
            language, new TranslationData(text.title(), text.questions(), text.answerMarkdown()));
      }
      entries.add(new EntryData(entry.key(), CATEGORY, translations));
    }
    Map<String, List<List<String>>> synonyms = new LinkedHashMap<>();
    knowledge.synonyms().forEach((language, groups) -> {
      if (languages.contains(language)) {
        synonyms.put(language, groups);
      }
    });
    return new KnowledgeBaseFile(
        name,
        knowledge.defaultLanguage(),
        languages,
        List.of(new CategoryData(CATEGORY, Map.of("de", "Synthetisch"))),
        entries,
        synonyms);
  }

  private static ObjectNode descriptor(
      JsonMapper json, String slug, int number, List<String> languages) {
    ObjectNode descriptor = json.createObjectNode();
    descriptor.put("slug", slug);
    descriptor.put("displayName", "Synthetisches Amt " + number + " (Benchmark)");
    descriptor.put("botName", "Lotse");
    descriptor.put("defaultLanguage", "de");
    languages.forEach(descriptor.putArray("enabledLanguages")::add);
    descriptor.put("status", "active");
    descriptor.put("knowledgeBase", "kb/" + slug + ".json");
    return descriptor;
  }
}
