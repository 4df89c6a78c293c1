package de.lotse.knowledge.exchange;

import java.util.List;

/**
 * An entry in one language.
 *
 * @param title short display title
 * @param questions sample questions users ask for this entry
 * @param answer Markdown limited to paragraphs, emphasis, lists and links
 */
public record TranslationData(String title, List<String> questions, String answer) {

  public TranslationData {
    questions = questions == null ? List.of() : List.copyOf(questions);
  }
}
