package de.lotse.knowledge;

import de.lotse.knowledge.exchange.InvalidKnowledgeBaseException;
import de.lotse.shared.web.ApiProblem;
import de.lotse.shared.web.ProblemType;

/** The knowledge base's domain errors, worded for an office's editors. */
final class KnowledgeProblems {

  private KnowledgeProblems() {}

  static ApiProblem entryNotFound(String key) {
    return new ApiProblem(
        ProblemType.ENTRY_NOT_FOUND,
        "This office has no entry \"" + shorten(key)
            + "\". It may have been deleted; reload the list.");
  }

  static ApiProblem revisionNotFound(String key, int revision) {
    return new ApiProblem(
        ProblemType.NOT_FOUND,
        "The entry \"" + shorten(key) + "\" has no revision " + revision + ".");
  }

  static ApiProblem conflict(KbEntry entry, int basedOn) {
    return new ApiProblem(
        ProblemType.REVISION_CONFLICT,
        "You edited revision " + basedOn
            + " of \"" + entry.key() + "\", but it is at revision " + entry.currentRevision()
            + " now: someone else saved in the meantime. Reload it, apply your change again and"
            + " save.");
  }

  static ApiProblem rejected(String what, InvalidKnowledgeBaseException e) {
    return new ApiProblem(
        ProblemType.INVALID_ENTRY,
        "The " + what + " breaks the knowledge base's rules; see errors.",
        e.problems());
  }

  private static String shorten(String key) {
    return key.length() > 64 ? key.substring(0, 64) + "…" : key;
  }
}
