package de.lotse.answer;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianStemFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fa.PersianCharFilter;
import org.apache.lucene.analysis.fa.PersianNormalizationFilter;
import org.apache.lucene.analysis.fa.PersianStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PatternKeywordMarkerFilter;
import org.apache.lucene.analysis.miscellaneous.TruncateTokenFilter;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tr.ApostropheFilter;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilter;
import org.tartarus.snowball.ext.RomanianStemmer;

/**
 * The analysis chain of each language, in two stages.
 *
 * <p>Stage one ({@link #normalizer}) tokenises and normalises spelling (case, letter forms,
 * umlauts, digits); synonym terms and the compound dictionary are put through it so that they
 * meet the text in the same form. Stage two ({@link #analyzer}) adds synonyms, stop words,
 * decompounding (German) and light stemming. Synonym groups are contracted into one group token
 * ({@link #GROUP_TOKEN_PREFIX}) so that every spelling of a concept matches every other one.
 */
final class LanguageAnalysis {

  /** Prefix of the token that stands for a whole synonym group; never stemmed. */
  static final String GROUP_TOKEN_PREFIX = "_g";

  private static final Pattern GROUP_TOKEN = Pattern.compile("_g\\d+");
  private static final int MIN_COMPOUND_WORD = 6;
  private static final int MIN_COMPOUND_PART = 4;
  private static final int MAX_COMPOUND_PART = 40;

  private LanguageAnalysis() {}

  /** Tokenise and normalise only; no synonyms, stop words or stemming. */
  static Analyzer normalizer(String language) {
    return new Analyzer() {
      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return wrapReader(language, reader);
      }

      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, normalizeSpelling(language, source));
      }
    };
  }

  /**
   * The full chain for indexing and querying a language.
   *
   * @param synonyms contracted synonym groups, or null
   * @param compoundParts normalised words of the tenant's own vocabulary that compounds are split
   *     into (German only), or null
   */
  static Analyzer analyzer(String language, SynonymMap synonyms, CharArraySet compoundParts) {
    CharArraySet stopWords = stopWords(language);
    CompoundSplitFilter.Readings readings = new CompoundSplitFilter.Readings();
    return new Analyzer() {
      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return wrapReader(language, reader);
      }

      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = normalizeSpelling(language, source);
        if (synonyms != null) {
          // The synonym graph stays a graph: the index keeps no positions (LanguageIndex) and
          // concepts are read from offsets, so flattening it (a fifth of an index build) buys
          // nothing.
          stream = new SynonymGraphFilter(stream, synonyms, true);
        }
        stream = new StopFilter(stream, stopWords);
        if (compoundParts != null && !compoundParts.isEmpty()) {
          stream = new CompoundSplitFilter(
              stream,
              compoundParts,
              readings,
              MIN_COMPOUND_WORD,
              MIN_COMPOUND_PART,
              MAX_COMPOUND_PART);
        }
        stream = new PatternKeywordMarkerFilter(stream, GROUP_TOKEN);
        return new TokenStreamComponents(source, stem(language, stream));
      }
    };
  }

  /** Distinct analysed terms of a text, in order of first appearance. */
  static List<String> terms(Analyzer analyzer, String text) {
    Set<String> terms = new LinkedHashSet<>();
    try (TokenStream stream = analyzer.tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ArrayList<>(terms);
  }

  /**
   * The analysed terms of a text grouped into concepts: the terms that stand for the same piece of
   * text form one concept, so that it counts once however many terms the analysis produced. The
   * terms spanning the whole piece (the word, its synonym group token) are the concept's heads;
   * terms for a part of it (a compound's parts, the words of a multi-word synonym) are its parts.
   */
  static List<Concept> concepts(Analyzer analyzer, String text) {
    return concepts(AnalysedText.of(analyzer, text));
  }

  /** The concepts of an analysed text ({@link #concepts(Analyzer, String)}). */
  static List<Concept> concepts(AnalysedText text) {
    String[] tokens = text.terms();
    List<int[]> spans = new ArrayList<>(tokens.length);
    for (int i = 0; i < tokens.length; i++) {
      spans.add(new int[] {text.starts()[i], text.ends()[i], i});
    }
    // Widest span first at each start, so that the concept opens with its heads.
    spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
    List<Concept> concepts = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    int[] open = null;
    List<String> heads = null;
    List<String> parts = null;
    for (int[] span : spans) {
      String token = tokens[span[2]];
      if (open != null && span[1] <= open[1]) {
        boolean head = span[0] == open[0] && span[1] == open[1];
        List<String> target = head ? heads : parts;
        if (!heads.contains(token) && !parts.contains(token)) {
          target.add(token);
        }
        continue;
      }
      if (heads != null) {
        add(concepts, taken, heads, parts);
      }
      open = span;
      heads = new ArrayList<>(List.of(token));
      parts = new ArrayList<>();
    }
    if (heads != null) {
      add(concepts, taken, heads, parts);
    }
    return concepts;
  }

  /** Adds a concept unless it repeats an earlier one ("Pass ... Pass" is one concept). */
  private static void add(
      List<Concept> concepts, Set<String> taken, List<String> heads, List<String> parts) {
    for (String head : heads) {
      if (taken.contains(head)) {
        return;
      }
    }
    concepts.add(new Concept(List.copyOf(heads), List.copyOf(parts)));
    taken.addAll(heads);
  }

  /** One concept of a text: the terms for all of it and the terms for parts of it. */
  record Concept(List<String> heads, List<String> parts) {

    List<String> terms() {
      List<String> all = new ArrayList<>(heads);
      all.addAll(parts);
      return all;
    }
  }

  /** A set of words in the normalised form of the language. */
  static CharArraySet normalizedSet(String language, Collection<?> words) {
    CharArraySet result = new CharArraySet(words.size(), false);
    try (Analyzer normalizer = normalizer(language)) {
      for (Object word : words) {
        result.addAll(
            terms(normalizer, word instanceof char[] chars ? new String(chars) : word.toString()));
      }
    }
    return result;
  }

  private static Reader wrapReader(String language, Reader reader) {
    // Zero-width non-joiners join Persian word parts; as separators they let the parts match.
    return isArabicScript(language) ? new PersianCharFilter(reader) : reader;
  }

  static boolean isGroupToken(String term) {
    return term.startsWith(GROUP_TOKEN_PREFIX);
  }

  static boolean isArabicScript(String language) {
    return language.equals("ar") || language.equals("fa") || language.equals("ps");
  }

  private static TokenStream normalizeSpelling(String language, TokenStream source) {
    TokenStream stream = new DecimalDigitFilter(source);
    switch (language) {
      case "de" -> {
        stream = new LowerCaseFilter(stream);
        // ä/ae → a, ö/oe → o, ü/ue → u, ß → ss: umlaut-less keyboards spell the same word.
        stream = new GermanNormalizationFilter(stream);
      }
      case "en" ->
        stream = new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(stream)));
      case "ar", "fa", "ps" -> {
        stream = new LowerCaseFilter(stream);
        // Arabic and Persian keyboards produce different yeh/kaf forms for the same word.
        stream = new PersianNormalizationFilter(new ArabicNormalizationFilter(stream));
      }
      // Many Turkish keyboards abroad lack ç, ş, ğ, ı, ö, ü: "vatandaslarina" is "vatandaşlarına".
      case "tr" ->
        stream = new ASCIIFoldingFilter(new TurkishLowerCaseFilter(new ApostropheFilter(stream)));
      // Russian writers mostly type "е" for "ё" ("еще", "заем"); the stop words and stemmer expect
      // "е".
      case "ru" -> stream = new LetterReplaceFilter(new LowerCaseFilter(stream), 'ё', 'е');
      case "uk", "bg" -> stream = new LowerCaseFilter(stream);
      default -> stream = new ASCIIFoldingFilter(new LowerCaseFilter(stream));
    }
    return stream;
  }

  private static TokenStream stem(String language, TokenStream stream) {
    return switch (language) {
      case "de" -> new GermanLightStemFilter(stream);
      case "en" -> new PorterStemFilter(stream);
      case "ar" -> new ArabicStemFilter(stream);
      case "fa" -> new PersianStemFilter(stream);
      // Turkish stacks suffixes on verbs as on nouns ("uzatırım", "uzatmak", "uzatılması"); the
      // Snowball stemmer strips only noun endings and even cuts "kartım" to "kar". The first five
      // letters are the better stem, as Turkish retrieval studies found (F5 stemming).
      case "tr" -> new TruncateTokenFilter(stream, 5);
      case "ru" -> new RussianLightStemFilter(stream);
      // No Ukrainian stemmer without morfologik. Its case endings are mostly Russian ones (-а, -и,
      // -у, -ою, -ами): the Russian light stemmer joins "карта", "карти", "карту"; six letters then
      // cut the longer suffixes.
      case "uk" -> new TruncateTokenFilter(new RussianLightStemFilter(stream), 6);
      case "bg" -> new BulgarianStemFilter(stream);
      case "fr" -> new FrenchLightStemFilter(stream);
      case "es" -> new SpanishLightStemFilter(stream);
      case "it" -> new ItalianLightStemFilter(stream);
      case "ro" -> new SnowballFilter(stream, new RomanianStemmer());
      default -> stream;
    };
  }

  /** Lucene's stop words of the language plus our own list of question and filler words. */
  static CharArraySet stopWords(String language) {
    List<Object> words = new ArrayList<>(luceneStopWords(language));
    words.addAll(WordLists.fillerWords(language));
    return CharArraySet.unmodifiableSet(normalizedSet(language, words));
  }

  static Collection<Object> luceneStopWords(String language) {
    CharArraySet set = switch (language) {
      case "de" -> GermanAnalyzer.getDefaultStopSet();
      case "en" -> EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
      case "ar" -> ArabicAnalyzer.getDefaultStopSet();
      case "fa" -> PersianAnalyzer.getDefaultStopSet();
      case "tr" -> TurkishAnalyzer.getDefaultStopSet();
      case "ru" -> RussianAnalyzer.getDefaultStopSet();
      case "bg" -> BulgarianAnalyzer.getDefaultStopSet();
      case "fr" -> FrenchAnalyzer.getDefaultStopSet();
      case "es" -> SpanishAnalyzer.getDefaultStopSet();
      case "it" -> ItalianAnalyzer.getDefaultStopSet();
      case "ro" -> RomanianAnalyzer.getDefaultStopSet();
      default -> CharArraySet.EMPTY_SET;
    };
    return new ArrayList<>(set);
  }
}
