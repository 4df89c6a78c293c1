package de.lotse.answer.evaluation;

import de.lotse.answer.EngineAnswer;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The metrics of an evaluation run, per language and overall, as a table for the terminal. */
final class EvaluationSummary {

  private final Map<String, LanguageTally> byLanguage = new TreeMap<>();

  void add(EvaluationQuestion question, EngineAnswer answer) {
    byLanguage
        .computeIfAbsent(question.summaryLanguage(), l -> new LanguageTally())
        .add(question, answer);
  }

  LanguageTally overall() {
    LanguageTally all = new LanguageTally();
    byLanguage.values().forEach(all::addAll);
    return all;
  }

  Map<String, LanguageTally> byLanguage() {
    return byLanguage;
  }

  void print(PrintStream out) {
    out.println(
        "language  questions  in-scope  top-1   clarify-hit  wrong   out-of-scope  oos-fallback  headline");
    byLanguage.forEach((language, tally) -> out.println(row(language, tally)));
    out.println(row("all", overall()));
    out.println(
        "top-1 and clarify-hit: share of in-scope questions; wrong: share of all questions answered"
            + " with another entry; oos-fallback: share of out-of-scope questions handed off; - = no such questions");
  }

  private static String row(String language, LanguageTally tally) {
    return String.format(
        Locale.ROOT,
        "%-8s  %9d  %8d  %-6s  %-11s  %-6s  %12d  %-12s  %.3f",
        language,
        tally.questions(),
        tally.inScope(),
        share(tally.top1(), tally.inScope()),
        share(tally.clarifyHit(), tally.inScope()),
        share(tally.wrongAnswerRate(), tally.questions()),
        tally.outOfScope(),
        share(tally.outOfScopeFallback(), tally.outOfScope()),
        tally.headline());
  }

  private static String share(double value, int base) {
    return base == 0 ? "-" : String.format(Locale.ROOT, "%.3f", value);
  }
}
