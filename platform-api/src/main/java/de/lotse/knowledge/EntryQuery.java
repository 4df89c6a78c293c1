package de.lotse.knowledge;

/**
 * What to look for among an office's entries; every part is optional.
 *
 * @param text words contained in the key, a title, a sample question or an answer, any language
 * @param category a category key
 * @param status draft or published
 * @param missingLanguage entries without a translation in this language
 * @param page from 0
 * @param size entries per page
 */
public record EntryQuery(
    String text, String category, EntryStatus status, String missingLanguage, int page, int size) {}
