package de.lotse.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One change in an office, as its administrators read it.
 *
 * @param actor the username of who did it
 * @param action what was done, e.g. {@code entry.published}, {@code settings.updated}
 * @param target what it was done to, e.g. an entry key; may be null
 */
public record AuditRecord(
    long id, Instant at, String actor, String action, String target, Map<String, Object> detail) {}
