package de.lotse.answer;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

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
  private volatile TypoCorrector typoCorrector;
  private final Map<String, EntryTerms> entryTerms = new ConcurrentHashMap<>();
  private volatile TermWeights termWeights = TermWeights.of(List.of());

  LanguageIndex(String language, Analyzer analyzer) {
    this.language = language;
    this.analyzer = analyzer;
    try {
      IndexWriterConfig config = new IndexWriterConfig(analyzer);
      config.setCommitOnClose(false);
      this.writer = new IndexWriter(new ByteBuffersDirectory(), config);
      this.searchers = new SearcherManager(writer, null);
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

  /** Adds or replaces the entries' documents in this language; entries without it are removed. */
  void upsert(Collection<EntryContent> entries) {
    try {
      for (EntryContent entry : entries) {
        EntryText text = entry.texts().get(language);
        Term key = new Term(KEY, entry.key());
        if (text == null) {
          writer.deleteDocuments(key);
          entryTerms.remove(entry.key());
        } else {
          writer.updateDocument(key, document(entry.key(), text));
          entryTerms.put(entry.key(), EntryTerms.of(analyzer, text));
        }
      }
      searchers.maybeRefreshBlocking();
      refreshVocabulary();
      termWeights = TermWeights.of(entryTerms.values());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void delete(Collection<String> keys) {
    try {
      for (String key : keys) {
        writer.deleteDocuments(new Term(KEY, key));
        entryTerms.remove(key);
      }
      searchers.maybeRefreshBlocking();
      termWeights = TermWeights.of(entryTerms.values());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The analysed terms of an entry in this language, or null when it has no translation here. */
  EntryTerms entryTerms(String key) {
    return entryTerms.get(key);
  }

  TermWeights termWeights() {
    return termWeights;
  }

  TypoCorrector typoCorrector() {
    return typoCorrector;
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
      IndexSearcher searcher = searchers.acquire();
      try {
        return search.apply(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The keys and raw scores of the best documents. */
  static List<ScoredKey> topKeys(IndexSearcher searcher, Query query, int count) throws IOException {
    TopDocs top = searcher.search(query, count);
    List<ScoredKey> result = new ArrayList<>(top.scoreDocs.length);
    var stored = searcher.storedFields();
    for (ScoreDoc hit : top.scoreDocs) {
      result.add(new ScoredKey(stored.document(hit.doc).get(KEY), hit.score));
    }
    return result;
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

  private static Document document(String key, EntryText text) {
    Document doc = new Document();
    // Exact, stored: the identity that updates and deletions address and hits are mapped back to.
    doc.add(new StringField(KEY, key, Field.Store.YES));
    doc.add(new Field(TITLE, text.title(), TEXT));
    for (String question : text.questions()) {
      doc.add(new Field(QUESTIONS, question, TEXT));
    }
    doc.add(new Field(ANSWER, text.answerMarkdown(), TEXT));
    return doc;
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

  @FunctionalInterface
  interface SearchFunction<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  record ScoredKey(String key, float score) {}
}
