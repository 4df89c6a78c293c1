package de.lotse.answer.evaluation;

import de.lotse.answer.Decision;
import de.lotse.answer.EngineAnswer;
import de.lotse.answer.Suggestion;

/** Counts the outcomes of one language's questions by the metrics of the evaluation format. */
final class LanguageTally {

  private int inScope;
  private int outOfScope;
  private int top1;
  private int clarifyHits;
  private int wrongAnswers;
  private int outOfScopeFallbacks;

  void add(EvaluationQuestion question, EngineAnswer answer) {
    Decision decision = answer.decision();
    if (!question.inScope()) {
      outOfScope++;
      if (decision == Decision.FALLBACK) {
        outOfScopeFallbacks++;
      } else if (decision == Decision.ANSWER) {
        wrongAnswers++;
      }
      return;
    }
    inScope++;
    if (decision == Decision.ANSWER) {
      if (question.expected().equals(answer.entryKey())) {
        top1++;
      } else {
        wrongAnswers++;
      }
    } else if (decision == Decision.CLARIFY
        && answer.suggestions().stream()
            .map(Suggestion::entryKey)
            .anyMatch(question.expected()::equals)) {
      clarifyHits++;
    }
  }

  void addAll(LanguageTally other) {
    inScope += other.inScope;
    outOfScope += other.outOfScope;
    top1 += other.top1;
    clarifyHits += other.clarifyHits;
    wrongAnswers += other.wrongAnswers;
    outOfScopeFallbacks += other.outOfScopeFallbacks;
  }

  int questions() {
    return inScope + outOfScope;
  }

  int inScope() {
    return inScope;
  }

  int outOfScope() {
    return outOfScope;
  }

  /** Share of in-scope questions answered with the expected entry. */
  double top1() {
    return ratio(top1, inScope);
  }

  /** Share of in-scope questions answered with suggestions that contain the expected entry. */
  double clarifyHit() {
    return ratio(clarifyHits, inScope);
  }

  /** Share of all questions answered with an entry that is not the expected one. */
  double wrongAnswerRate() {
    return ratio(wrongAnswers, questions());
  }

  /** Share of out-of-scope questions handed off. */
  double outOfScopeFallback() {
    return ratio(outOfScopeFallbacks, outOfScope);
  }

  double headline() {
    return ratio(top1 + 0.5 * clarifyHits + outOfScopeFallbacks, questions());
  }

  private static double ratio(double part, int whole) {
    return whole == 0 ? 0 : part / whole;
  }
}
