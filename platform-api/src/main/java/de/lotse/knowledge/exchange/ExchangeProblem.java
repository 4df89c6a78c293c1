package de.lotse.knowledge.exchange;

/**
 * One reason why a knowledge-base file cannot be imported.
 *
 * @param entryKey key of the entry the problem is in, {@code null} outside entries or when the
 *     entry has no usable key
 * @param field where in the file, e.g. {@code entries[3].translations.de.answer} (indexes count
 *     from 0); {@code file} for problems with the file as a whole
 * @param message what is wrong and what to do about it, fit to show to an office's editor
 */
public record ExchangeProblem(String entryKey, String field, String message) {}
