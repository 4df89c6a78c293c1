package de.lotse.answer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.TopDocs;

/**
 * A searcher of one language index that knows, for its own point-in-time view, the entry key of
 * every document and the document count of every searched field.
 *
 * <p>Both are read once when the searcher opens (after each update) instead of on every question:
 * reading a stored key means decompressing a block of stored fields per hit, and the field
 * statistics are the same for every term. Tying them to the searcher keeps them consistent with
 * the documents it searches, whatever updates happen meanwhile.
 */
final class EntrySearcher extends IndexSearcher {

  private final String[] keys;
  private final long[] fieldDocCounts;

  private EntrySearcher(IndexReader reader) throws IOException {
    super(reader);
    this.keys = keysByDoc(reader);
    this.fieldDocCounts = new long[EntryMatcher.FIELDS.length];
    for (int f = 0; f < EntryMatcher.FIELDS.length; f++) {
      CollectionStatistics stats = collectionStatistics(EntryMatcher.FIELDS[f]);
      fieldDocCounts[f] = stats == null ? reader.numDocs() : stats.docCount();
    }
  }

  /** The number of documents with the field, as BM25 counts them for a term's rarity. */
  long docCount(int field) {
    return fieldDocCounts[field];
  }

  /** The keys and raw scores of the best documents. */
  List<ScoredKey> topKeys(Query query, int count) throws IOException {
    TopDocs top = search(query, count);
    List<ScoredKey> result = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc hit : top.scoreDocs) {
      result.add(new ScoredKey(keys[hit.doc], hit.score));
    }
    return result;
  }

  private static String[] keysByDoc(IndexReader reader) throws IOException {
    String[] keys = new String[reader.maxDoc()];
    for (LeafReaderContext leaf : reader.leaves()) {
      SortedDocValues values = DocValues.getSorted(leaf.reader(), LanguageIndex.KEY);
      String[] byOrd = new String[values.getValueCount()];
      for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
        int ord = values.ordValue();
        if (byOrd[ord] == null) {
          byOrd[ord] = values.lookupOrd(ord).utf8ToString();
        }
        keys[leaf.docBase + doc] = byOrd[ord];
      }
    }
    return keys;
  }

  record ScoredKey(String key, float score) {}

  /** Opens an {@link EntrySearcher} for each new point-in-time view of the index. */
  static final class Factory extends SearcherFactory {
    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
      return new EntrySearcher(reader);
    }
  }
}
