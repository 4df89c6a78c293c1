package de.lotse.answer;

import java.util.List;

/** One translation of a knowledge-base entry. */
public record EntryText(String title, List<String> questions, String answerMarkdown) {

  public EntryText {
    title = title == null ? "" : title;
    questions = questions == null ? List.of() : List.copyOf(questions);
    answerMarkdown = answerMarkdown == null ? "" : answerMarkdown;
  }
}
