package de.lotse.answer.bench;

/**
 * A baseline's best-ranked document for a question.
 *
 * @param entryKey the entry the document belongs to
 * @param language the language of the document's translation
 * @param score the baseline's own relevance score (BM25, {@code ts_rank}); only comparable within one baseline
 */
record Hit(String entryKey, String language, double score) {}
