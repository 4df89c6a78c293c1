package de.lotse.answer;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Replaces one letter by another in every token, in place. Cheaper than a regular expression per
 * token, which showed in index builds of offices with thousands of Russian texts.
 */
final class LetterReplaceFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final char from;
  private final char to;

  LetterReplaceFilter(TokenStream input, char from, char to) {
    super(input);
    this.from = from;
    this.to = to;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] buffer = term.buffer();
    for (int i = 0; i < term.length(); i++) {
      if (buffer[i] == from) {
        buffer[i] = to;
      }
    }
    return true;
  }
}
