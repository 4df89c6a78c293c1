package de.lotse.answer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What makes citizens' questions "the same question" for the feedback inbox; see {@link
 * AnswerEngine#groupKey}.
 *
 * @param language the language the question is written in, as the engine detects it
 * @param terms the question's analysed terms, distinct and sorted; when stop words are all it
 *     has ("Hallo?"), its normalised words, marked with a leading {@code "="}
 */
public record QuestionGroupKey(String language, List<String> terms) {

  public QuestionGroupKey {
    terms = List.copyOf(terms);
  }

  /**
   * A stable id of the group: the same terms give the same id in every language, on every
   * instance and after restarts, so decisions about a group can be kept by it. A hash, so that
   * what is kept about a group holds none of the citizens' words.
   */
  public String id() {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(String.join(" ", terms).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
