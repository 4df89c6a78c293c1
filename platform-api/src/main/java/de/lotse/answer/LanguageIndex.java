package de.lotse.answer;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.apache.lucene.util.BytesRef;

/**
 * The in-memory index of one tenant's entries in one language: one document per entry that has a
 * translation in this language.
 *
 * <p>An index per tenant and language (rather than one per tenant with a field per language) keeps
 * one analysis chain per writer, term statistics that belong to one language, and lets a tenant's
 * languages be searched side by side. Updates go through the single writer and are made visible
 * immediately by a blocking refresh, since content changes are rare and readers must see them at
 * once; no background refresh thread is needed.
 */
final class LanguageIndex implements Closeable {

  static final String KEY = "key";
  static final String TITLE = "title";
  static final String QUESTIONS = "questions";
  static final String ANSWER = "answer";

  /**
   * Searchable text: frequencies and norms feed BM25, but no positions (queries are bags of terms;
   * synonym phrases are contracted to one token) and nothing stored (the text lives in the
   * tenant's entries).
   */
  private static final FieldType TEXT = textFieldType();

  private final String language;
  private final Analyzer analyzer;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final OtherAuthorities otherAuthorities;
  private final Set<String> backgroundTerms;
  private final InflectionRoots inflectionRoots;
  private volatile TypoCorrector typoCorrector;
  private final TermDictionary dictionary = new TermDictionary();
  private final Map<String, EntryTerms> entryTerms = new ConcurrentHashMap<>();
  private volatile Scoring scoring = Scoring.of(dictionary, Map.of());

  LanguageIndex(String language, Analyzer analyzer) {
    this.language = language;
    this.analyzer = analyzer;
    this.otherAuthorities = OtherAuthorities.of(language, analyzer);
    this.backgroundTerms = UnknownWords.backgroundTerms(language);
    this.inflectionRoots = InflectionRoots.of(language);
    try {
      IndexWriterConfig config = new IndexWriterConfig(analyzer);
      config.setCommitOnClose(false);
      this.writer = new IndexWriter(directory(), config);
      this.searchers = new SearcherManager(writer, new EntrySearcher.Factory());
      refreshVocabulary();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String language() {
    return language;
  }

  Analyzer analyzer() {
    return analyzer;
  }

  /**
   * Adds or replaces the entries' documents in this language (entries without it are removed) and
   * deletes the given keys, then makes it all visible at once: one refresh and one scoring per
   * update, which is most of an update's cost.
   */
  void update(Collection<EntryContent> upserts, Collection<String> deletedKeys) {
    try {
      // The first filling of an empty index has nothing to replace: adding skips the deletion by
      // key that every update buffers and applies.
      boolean empty = entryTerms.isEmpty();
      for (EntryContent entry : upserts) {
        EntryText text = entry.texts().get(language);
        Term key = new Term(KEY, entry.key());
        if (text == null) {
          if (!empty) {
            writer.deleteDocuments(key);
            entryTerms.remove(entry.key());
          }
        } else {
          EntryTerms.Analysed analysed = EntryTerms.Analysed.of(analyzer, text);
          if (empty && !entryTerms.containsKey(entry.key())) {
            writer.addDocument(document(entry.key(), analysed));
          } else {
            writer.updateDocument(key, document(entry.key(), analysed));
          }
          entryTerms.put(entry.key(), EntryTerms.of(analysed, dictionary));
        }
      }
      for (String key : deletedKeys) {
        writer.deleteDocuments(new Term(KEY, key));
        entryTerms.remove(key);
      }
      searchers.maybeRefreshBlocking();
      refreshVocabulary();
      scoring = Scoring.of(dictionary, entryTerms);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The term weights and entry profiles as of the last update, consistent with each other. */
  Scoring scoring() {
    return scoring;
  }

  OtherAuthorities otherAuthorities() {
    return otherAuthorities;
  }

  /**
   * How this index treats a question's unknown words; roots and typo corrections only for a
   * question in this index's language.
   */
  UnknownWords unknownWords(boolean questionInThisLanguage) {
    return questionInThisLanguage
        ? new UnknownWords(backgroundTerms, inflectionRoots, typoCorrector)
        : new UnknownWords(backgroundTerms, InflectionRoots.NONE, null);
  }

  private void refreshVocabulary() throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      typoCorrector = TypoCorrector.of(searcher.getIndexReader(), QUESTIONS, TITLE);
    } finally {
      searchers.release(searcher);
    }
  }

  /** Runs a search with a searcher that is released afterwards, whatever happens. */
  <T> T withSearcher(SearchFunction<T> search) {
    try {
      EntrySearcher searcher = (EntrySearcher) searchers.acquire();
      try {
        return search.apply(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Document document(String key, EntryTerms.Analysed text) {
    Document doc = new Document();
    // Exact, stored: the identity that updates and deletions address and hits are mapped back to.
    doc.add(new StringField(KEY, key, Field.Store.YES));
    // Column-wise too, so that each searcher maps all its doc ids to keys at once when it opens.
    doc.add(new SortedDocValuesField(KEY, new BytesRef(key)));
    // The tokens of the one analysis run that also gave the entry's terms, replayed.
    doc.add(new Field(TITLE, text.title().tokenStream(), TEXT));
    for (AnalysedText question : text.questions()) {
      doc.add(new Field(QUESTIONS, question.tokenStream(), TEXT));
    }
    doc.add(new Field(ANSWER, text.answer().tokenStream(), TEXT));
    return doc;
  }

  /**
   * In memory, each file written as one buffer: with the default list of small blocks, every
   * terms or postings enumerator a question opens duplicates every block of the file, which made
   * up most of the memory a question allocated.
   */
  private static ByteBuffersDirectory directory() {
    return new ByteBuffersDirectory(
        new SingleInstanceLockFactory(),
        ByteBuffersDataOutput::new,
        ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
  }

  private static FieldType textFieldType() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    type.setStored(false);
    type.setOmitNorms(false);
    type.freeze();
    return type;
  }

  /**
   * The term weights of this language's entries and each entry's terms numbered by them; replaced
   * as a whole on every update, so that a question is scored against one consistent state.
   */
  record Scoring(TermWeights weights, Map<String, EntryProfile> profiles) {

    static Scoring of(TermDictionary dictionary, Map<String, EntryTerms> entryTerms) {
      TermWeights weights = TermWeights.of(dictionary, entryTerms.values());
      Map<String, EntryProfile> profiles = new HashMap<>(entryTerms.size() * 2);
      entryTerms.forEach((key, terms) -> profiles.put(key, EntryProfile.of(terms, weights)));
      return new Scoring(weights, profiles);
    }

    /** The entry's profile in this language, or null when it has no translation here. */
    EntryProfile profile(String key) {
      return profiles.get(key);
    }
  }

  @FunctionalInterface
  interface SearchFunction<T> {
    T apply(EntrySearcher searcher) throws IOException;
  }
}
