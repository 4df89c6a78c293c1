package de.lotse.audit;

import java.util.List;

/** Newest first; {@code total} counts every record of the office. */
public record AuditPage(List<AuditRecord> items, int page, int size, long total) {}
