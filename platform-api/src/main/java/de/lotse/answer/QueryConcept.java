package de.lotse.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One concept of a question as the confidence scoring sees it: its terms, what a match of each
 * earns, and what the concept weighs in the question.
 *
 * @param terms the heads (the word, its synonym group token, a typo's correction) first, then the
 *     parts (a compound's parts, the words of a multi-word synonym)
 * @param heads how many of {@code terms} are heads
 * @param credits per term, the share of the concept's weight a match earns (below 1 for typo
 *     corrections, which may be wrong)
 * @param weight the concept's weight: its group token's weight, else its rarest head's
 * @param importance 1 for the question's own words, less for context added from a previous answer
 * @param ids per term, its number in the weights the concept was made with, or {@link
 *     TermWeights#UNKNOWN}
 */
record QueryConcept(
    List<String> terms, int heads, double[] credits, double weight, double importance, int[] ids) {

  static final double CORRECTION_CREDIT = 0.6;
  /**
   * A part earns half its own weight: "Aufenthaltsgestattung" shares "Aufenthalt" with
   * "Aufenthaltserlaubnis" but means something else.
   */
  static final double PART_CREDIT = 0.5;

  private static final int MIN_CORRECTION_LENGTH = 5;
  private static final int MIN_TWO_EDITS_LENGTH = 9;
  /** Bounds the work per question (each correction scans part of the vocabulary); few have more typos. */
  private static final int MAX_CORRECTIONS = 3;

  static List<QueryConcept> of(
      List<LanguageAnalysis.Concept> concepts,
      double importance,
      TermWeights weights,
      UnknownWords unknown) {
    List<QueryConcept> result = new ArrayList<>(concepts.size());
    int corrections = 0;
    for (LanguageAnalysis.Concept concept : concepts) {
      List<String> terms = new ArrayList<>(concept.heads());
      boolean knownHead = terms.stream().anyMatch(weights::knows);
      if (!knownHead && unknown.isBackground(terms)) {
        continue;
      }
      String group = firstGroupToken(terms);
      // A compound the knowledge base never uses means what its parts mean together.
      boolean unknownCompound = !concept.parts().isEmpty() && !knownHead;
      double weight = group != null
          ? weights.weight(group)
          : unknownCompound ? maxWeight(concept.parts(), weights) : maxWeight(terms, weights);
      boolean unknownWord = terms.size() == 1 && concept.parts().isEmpty() && !knownHead;
      String root = unknownWord ? knownRoot(terms.get(0), unknown.roots(), weights) : null;
      String correction = unknownWord && root == null && corrections < MAX_CORRECTIONS
          ? correct(terms.get(0), unknown.typos())
          : null;
      if (root != null) {
        // The word is the root in another form: it means what the root means.
        terms.set(0, root);
        weight = weights.weight(root);
      } else if (correction != null) {
        terms.add(correction);
        corrections++;
      }
      int heads = terms.size();
      terms.addAll(concept.parts());
      double[] credits = new double[terms.size()];
      Arrays.fill(credits, 0, heads, 1.0);
      Arrays.fill(credits, heads, terms.size(), unknownCompound ? 1.0 : PART_CREDIT);
      if (correction != null) {
        credits[heads - 1] = CORRECTION_CREDIT;
      }
      int[] ids = new int[terms.size()];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = weights.id(terms.get(i));
      }
      result.add(new QueryConcept(List.copyOf(terms), heads, credits, weight, importance, ids));
    }
    return result;
  }

  /**
   * What an entry whose terms are {@code present} (sorted term numbers of the same weights) earns
   * for this concept, up to its weight.
   */
  double matched(int[] present, TermWeights weights) {
    double headCredit = 0;
    for (int i = 0; i < heads; i++) {
      if (EntryProfile.contains(present, ids[i])) {
        headCredit = Math.max(headCredit, credits[i]);
      }
    }
    if (headCredit > 0) {
      return headCredit * weight;
    }
    double sum = 0;
    for (int i = heads; i < ids.length; i++) {
      if (EntryProfile.contains(present, ids[i])) {
        sum += credits[i] * weights.weight(ids[i]);
      }
    }
    return Math.min(weight, sum);
  }

  /** Whether the index the concept was made for knows any of its terms. */
  boolean anyKnown() {
    for (int id : ids) {
      if (id != TermWeights.UNKNOWN) {
        return true;
      }
    }
    return false;
  }

  private static String firstGroupToken(List<String> terms) {
    for (String term : terms) {
      if (LanguageAnalysis.isGroupToken(term)) {
        return term;
      }
    }
    return null;
  }

  private static double maxWeight(List<String> terms, TermWeights weights) {
    double max = 0;
    for (String term : terms) {
      max = Math.max(max, weights.weight(term));
    }
    return max;
  }

  private static String knownRoot(String word, InflectionRoots roots, TermWeights weights) {
    if (LanguageAnalysis.isGroupToken(word)) {
      return null;
    }
    for (String root : roots.candidates(word)) {
      if (weights.knows(root)) {
        return root;
      }
    }
    return null;
  }

  private static String correct(String term, TypoCorrector typos) {
    if (typos == null || LanguageAnalysis.isGroupToken(term)) {
      return null;
    }
    int length = term.codePointCount(0, term.length());
    if (length < MIN_CORRECTION_LENGTH) {
      return null;
    }
    return typos.closest(term, length >= MIN_TWO_EDITS_LENGTH ? 2 : 1);
  }
}
