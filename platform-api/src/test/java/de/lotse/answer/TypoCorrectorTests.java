package de.lotse.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class TypoCorrectorTests {

  @Test
  void findsTheFirstOfTheClosestTermsLikeAFullScanDoes() throws IOException {
    Random random = new Random(7);
    List<String> vocabulary = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      vocabulary.add(word(random, "aeinrstu", 3 + random.nextInt(9)));
    }
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriter writer =
            new IndexWriter(directory, new IndexWriterConfig(new KeywordAnalyzer()))) {
      for (String word : vocabulary) {
        Document doc = new Document();
        doc.add(new StringField(LanguageIndex.QUESTIONS, word, Field.Store.NO));
        writer.addDocument(doc);
      }
      writer.commit();
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        TypoCorrector typos = TypoCorrector.of(reader, LanguageIndex.QUESTIONS);
        List<String> sorted = vocabulary.stream().distinct().sorted().toList();
        for (int i = 0; i < 2_000; i++) {
          String word = word(random, "aeinrstuo", 3 + random.nextInt(9));
          int maxEdits = 1 + random.nextInt(2);

          assertThat(typos.closest(word, maxEdits))
              .as(word)
              .isEqualTo(fullScan(sorted, word, maxEdits));
        }
      }
    }
  }

  @Test
  void countsASwapOfNeighbouringLettersAsOneEdit() {
    assertThat(TypoCorrector.distance("aufenthalstitel", "aufenthaltstitel", 2)).isEqualTo(1);
    assertThat(TypoCorrector.distance("pasport", "passport", 2)).isEqualTo(1);
    assertThat(TypoCorrector.distance("verlangerung", "verlaengerung", 2)).isEqualTo(1);
    assertThat(TypoCorrector.distance("ab", "ba", 1)).isEqualTo(1);
    assertThat(TypoCorrector.distance("abcdef", "uvwxyz", 2)).isEqualTo(3);
  }

  /** The plain definition: the first term in order among those at the smallest distance. */
  private static String fullScan(List<String> sorted, String word, int maxEdits) {
    String best = null;
    int bestDistance = maxEdits + 1;
    for (String candidate : sorted) {
      if (candidate.charAt(0) == word.charAt(0)) {
        int distance = TypoCorrector.distance(word, candidate, 99);
        if (distance < bestDistance) {
          best = candidate;
          bestDistance = distance;
        }
      }
    }
    return best;
  }

  private static String word(Random random, String letters, int length) {
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < length; i++) {
      word.append(letters.charAt(random.nextInt(letters.length())));
    }
    return word.toString();
  }
}
