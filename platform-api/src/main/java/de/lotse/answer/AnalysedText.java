package de.lotse.answer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A text after one run of its language's analysis chain: every token in order, with its position
 * increment (0 for synonyms and compound parts stacked on a word) and its offsets in the text.
 *
 * <p>Indexing an entry needs each text twice, as the Lucene document and as the terms the
 * confidence scoring compares ({@link EntryTerms}); analysing once and replaying the tokens into
 * the document ({@link #tokenStream()}) halves the work of building an index.
 */
record AnalysedText(String[] terms, int[] positionIncrements, int[] starts, int[] ends) {

  static AnalysedText of(Analyzer analyzer, String text) {
    int capacity = 16;
    String[] terms = new String[capacity];
    int[] increments = new int[capacity];
    int[] starts = new int[capacity];
    int[] ends = new int[capacity];
    int count = 0;
    try (TokenStream stream = analyzer.tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (count == capacity) {
          capacity *= 2;
          terms = Arrays.copyOf(terms, capacity);
          increments = Arrays.copyOf(increments, capacity);
          starts = Arrays.copyOf(starts, capacity);
          ends = Arrays.copyOf(ends, capacity);
        }
        terms[count] = term.toString();
        increments[count] = increment.getPositionIncrement();
        starts[count] = offset.startOffset();
        ends[count] = offset.endOffset();
        count++;
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new AnalysedText(
        Arrays.copyOf(terms, count),
        Arrays.copyOf(increments, count),
        Arrays.copyOf(starts, count),
        Arrays.copyOf(ends, count));
  }

  int size() {
    return terms.length;
  }

  /** The tokens again, as the analysis chain produced them, for a Lucene field. */
  TokenStream tokenStream() {
    return new Replay();
  }

  /** Only what indexing reads: no positions or offsets are indexed (see {@link LanguageIndex}). */
  private final class Replay extends TokenStream {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment =
        addAttribute(PositionIncrementAttribute.class);
    private int next;

    @Override
    public boolean incrementToken() {
      if (next == terms.length) {
        return false;
      }
      clearAttributes();
      term.setEmpty().append(terms[next]);
      increment.setPositionIncrement(positionIncrements[next]);
      next++;
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }
  }
}
