package de.lotse.answer.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;

/**
 * Baseline: plain Lucene BM25 (the default similarity) with {@link StandardAnalyzer} over one
 * in-memory index, every translation of an entry one document. No per-language analysis, no
 * synonyms, no field weights: what a team would get from Lucene's defaults.
 */
final class LuceneBm25 implements Retriever, AutoCloseable {

  private static final String KEY = "key";
  private static final String LANGUAGE = "language";
  private static final String TEXT = "text";

  private final Analyzer analyzer = new StandardAnalyzer();
  private final Directory directory = new ByteBuffersDirectory();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final QueryBuilder queries = new QueryBuilder(analyzer);

  LuceneBm25(List<TranslationDocument> documents) throws IOException {
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (TranslationDocument source : documents) {
        Document document = new Document();
        // Key and language are only read back from the best hit, never searched.
        document.add(new StoredField(KEY, source.entryKey()));
        document.add(new StoredField(LANGUAGE, source.language()));
        document.add(new TextField(TEXT, source.text(), Field.Store.NO));
        writer.addDocument(document);
      }
    }
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
  }

  @Override
  public Hit best(String question, String language) {
    // Every token of the question as an optional term: the classic "OR" query of a search box.
    Query query = queries.createBooleanQuery(TEXT, question);
    if (query == null) {
      return null;
    }
    try {
      TopDocs top = searcher.search(query, 1);
      if (top.scoreDocs.length == 0) {
        return null;
      }
      ScoreDoc best = top.scoreDocs[0];
      Document stored = searcher.storedFields().document(best.doc);
      return new Hit(stored.get(KEY), stored.get(LANGUAGE), best.score);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
    analyzer.close();
  }
}
