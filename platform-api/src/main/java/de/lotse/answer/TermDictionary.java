package de.lotse.answer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives every term one language index has seen a number, for good: numbers are never reused, so
 * an entry's terms can be kept as numbers from one update to the next ({@link EntryTerms}), and
 * the term weights of each update are arrays indexed by them ({@link TermWeights}).
 *
 * <p>Terms are added only while the index is updated (one writer at a time); questions look terms
 * up concurrently, hence the concurrent map. Terms of deleted entries keep their numbers; a large
 * office's whole vocabulary takes a few megabytes.
 */
final class TermDictionary {

  static final int ABSENT = -1;

  private final Map<String, Integer> ids = new ConcurrentHashMap<>();

  /** The term's number, numbering it if it is new. */
  synchronized int add(String term) {
    Integer id = ids.get(term);
    if (id != null) {
      return id;
    }
    int next = ids.size();
    ids.put(term, next);
    return next;
  }

  /** The term's number, or {@link #ABSENT} when it has none. */
  int id(String term) {
    Integer id = ids.get(term);
    return id == null ? ABSENT : id;
  }

  /** How many terms are numbered: their numbers are 0 up to this, exclusive. */
  int size() {
    return ids.size();
  }
}
