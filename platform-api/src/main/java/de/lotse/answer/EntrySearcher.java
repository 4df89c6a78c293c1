package de.lotse.answer;

import java.io.IOException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.SmallFloat;

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

  /** BM25's parameters, Lucene's defaults. */
  static final float K1 = 1.2f;

  static final float B = 0.75f;

  private final String[] keys;
  private final long[] fieldDocCounts;
  private final float[][] lengthFactors;
  private final boolean[] live;

  private EntrySearcher(IndexReader reader) throws IOException {
    super(reader);
    this.keys = keysByDoc(reader);
    this.fieldDocCounts = new long[EntryMatcher.FIELDS.length];
    this.lengthFactors = new float[EntryMatcher.FIELDS.length][];
    for (int f = 0; f < EntryMatcher.FIELDS.length; f++) {
      CollectionStatistics stats = collectionStatistics(EntryMatcher.FIELDS[f]);
      fieldDocCounts[f] = stats == null ? reader.numDocs() : stats.docCount();
      lengthFactors[f] = lengthFactors(reader, EntryMatcher.FIELDS[f], stats);
    }
    this.live = liveDocs(reader);
  }

  /** The number of documents with the field, as BM25 counts them for a term's rarity. */
  long docCount(int field) {
    return fieldDocCounts[field];
  }

  /**
   * Per document, BM25's length normalisation of the field: {@code 1 / (k1 * (1 - b + b * length
   * / average length))}, with the length as the index stores it (Lucene's one-byte norm).
   */
  float[] lengthFactors(int field) {
    return lengthFactors[field];
  }

  /** Whether the document is current (not replaced or deleted since the segment was written). */
  boolean isLive(int doc) {
    return live[doc];
  }

  String key(int doc) {
    return keys[doc];
  }

  private static float[] lengthFactors(IndexReader reader, String field, CollectionStatistics stats)
      throws IOException {
    float[] factors = new float[reader.maxDoc()];
    if (stats == null) {
      return factors;
    }
    float averageLength = (float) (stats.sumTotalTermFreq() / (double) stats.docCount());
    for (LeafReaderContext leaf : reader.leaves()) {
      NumericDocValues norms = leaf.reader().getNormValues(field);
      if (norms == null) {
        continue;
      }
      for (int doc = norms.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
        int length = SmallFloat.byte4ToInt((byte) norms.longValue());
        factors[leaf.docBase + doc] = 1f / (K1 * ((1 - B) + B * length / averageLength));
      }
    }
    return factors;
  }

  private static boolean[] liveDocs(IndexReader reader) {
    boolean[] live = new boolean[reader.maxDoc()];
    for (LeafReaderContext leaf : reader.leaves()) {
      Bits liveDocs = leaf.reader().getLiveDocs();
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        live[leaf.docBase + doc] = liveDocs == null || liveDocs.get(doc);
      }
    }
    return live;
  }

  private static String[] keysByDoc(IndexReader reader) throws IOException {
    String[] keys = new String[reader.maxDoc()];
    for (LeafReaderContext leaf : reader.leaves()) {
      SortedDocValues values = DocValues.getSorted(leaf.reader(), LanguageIndex.KEY);
      String[] byOrd = new String[values.getValueCount()];
      for (int doc = values.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = values.nextDoc()) {
        int ord = values.ordValue();
        if (byOrd[ord] == null) {
          byOrd[ord] = values.lookupOrd(ord).utf8ToString();
        }
        keys[leaf.docBase + doc] = byOrd[ord];
      }
    }
    return keys;
  }

  /** Opens an {@link EntrySearcher} for each new point-in-time view of the index. */
  static final class Factory extends SearcherFactory {
    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader)
        throws IOException {
      return new EntrySearcher(reader);
    }
  }
}
