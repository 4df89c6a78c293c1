package de.lotse.knowledge;

import de.lotse.shared.web.ApiProblem;
import de.lotse.shared.web.ApiProblem.FieldProblem;
import de.lotse.shared.web.ProblemType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an editor's synonym groups must be beyond the exchange format's rules: a group says that
 * words mean the same, so it needs two different words, and naming one twice is a slip. Words
 * that differ only in case count as the same (the answer engine does not tell them apart). Only
 * the admin endpoint applies these rules: an imported file keeps the format's looser ones, so
 * knowledge bases that import today still import.
 */
final class SynonymGroupRules {

  private SynonymGroupRules() {}

  /**
   * @param groups already checked against the format (text normalised)
   * @throws ApiProblem {@code invalid-synonyms}, naming each group ({@code groups[2]}) with fewer
   *     than two different words and each repeated word ({@code groups[2][3]})
   */
  static void check(List<List<String>> groups) {
    List<FieldProblem> problems = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      problems.addAll(problemsOf(groups.get(i), "groups[" + i + "]"));
    }
    if (!problems.isEmpty()) {
      throw new ApiProblem(
          ProblemType.INVALID_SYNONYMS,
          "Each synonym group needs at least two"
              + " different words, each named once; see errors.",
          problems);
    }
  }

  private static List<FieldProblem> problemsOf(List<String> group, String field) {
    Map<String, Integer> firstPlace = new HashMap<>();
    List<FieldProblem> repeated = new ArrayList<>();
    for (int j = 0; j < group.size(); j++) {
      Integer earlier = firstPlace.putIfAbsent(folded(group.get(j)), j);
      if (earlier != null) {
        repeated.add(new FieldProblem(
            field + "[" + j + "]",
            "repeats \"" + group.get(earlier) + "\" (word " + (earlier + 1)
                + " of the group); remove it"));
      }
    }
    if (firstPlace.size() < 2) {
      return List.of(new FieldProblem(
          field,
          "needs at least two different words: a word on its"
              + " own has no synonym; add one or remove the group"));
    }
    return repeated;
  }

  private static String folded(String term) {
    return term.strip().toLowerCase(Locale.ROOT);
  }
}
