package de.lotse.knowledge.exchange;

import java.util.List;

/** A knowledge-base file was rejected as a whole; {@link #problems()} lists why. */
public final class InvalidKnowledgeBaseException extends Exception {

  private static final long serialVersionUID = 1L;

  private final List<ExchangeProblem> problems;

  /**
   * Public so that an import can report its own checks (say, a language the office has not enabled)
   * in the same shape as the reader's.
   *
   * @param problems at least one
   */
  public InvalidKnowledgeBaseException(List<ExchangeProblem> problems) {
    super(summary(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("A rejected file has at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in file order where possible; never empty. */
  public List<ExchangeProblem> problems() {
    return problems;
  }

  // The message carries no file content: it may end up in logs, and content is the office's.
  private static String summary(List<ExchangeProblem> problems) {
    return problems.size() == 1
        ? "The knowledge-base file has 1 problem"
        : "The knowledge-base file has " + problems.size() + " problems";
  }
}
