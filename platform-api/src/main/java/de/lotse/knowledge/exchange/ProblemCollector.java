package de.lotse.knowledge.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Gathers the problems of one file. Stops at a cap, because a file with a systematic mistake (say,
 * a misspelt property in every entry) would otherwise produce thousands of lines nobody reads; the
 * cap leaves room for a last line saying that more were left out.
 */
final class ProblemCollector {

  static final int MAX_PROBLEMS = 200;

  private final List<ExchangeProblem> problems = new ArrayList<>();
  private boolean leftSomeOut;

  void add(FieldPath at, Violation violation) {
    if (problems.size() < MAX_PROBLEMS - 1) {
      problems.add(at.problem(violation));
    } else {
      leftSomeOut = true;
    }
  }

  void add(FieldPath at, ProblemCode code, Map<String, ?> params, String message) {
    add(at, Violation.of(code, params, message));
  }

  void add(FieldPath at, ProblemCode code, String message) {
    add(at, Violation.of(code, message));
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  List<ExchangeProblem> problems() {
    if (!leftSomeOut) {
      return List.copyOf(problems);
    }
    var all = new ArrayList<>(problems);
    all.add(FieldPath.file()
        .problem(Violation.of(
            ProblemCode.MORE_PROBLEMS,
            Map.of("shown", MAX_PROBLEMS - 1),
            "There are more problems than the "
                + (MAX_PROBLEMS - 1)
                + " listed; fix these and import the file again to see the rest.")));
    return List.copyOf(all);
  }

  void throwIfAny() throws InvalidKnowledgeBaseException {
    if (!problems.isEmpty()) {
      throw new InvalidKnowledgeBaseException(problems());
    }
  }
}
