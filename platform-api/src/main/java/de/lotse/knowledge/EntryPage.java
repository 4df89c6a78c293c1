package de.lotse.knowledge;

import java.util.List;

/** One page of a search; {@code total} counts every entry that matched. */
public record EntryPage(List<EntrySummary> items, int page, int size, long total) {}
