package de.lotse.knowledge;

/** What an import did, entry by entry counted. */
public record ImportReport(int created, int updated, int unchanged, int published) {}
