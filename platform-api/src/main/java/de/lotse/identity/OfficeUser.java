package de.lotse.identity;

import java.time.Instant;
import java.util.List;

/**
 * A user of an office, as its administrators see them.
 *
 * @param id the user's id in Keycloak (the {@code sub} of their tokens)
 * @param role {@code tenant-admin} or {@code tenant-editor}; null when the user has neither
 * @param status {@code active} or {@code disabled}
 * @param pendingActions what the user still has to do before they can sign in, e.g.
 *     {@code UPDATE_PASSWORD} while an invitation is open
 */
public record OfficeUser(
    String id,
    String username,
    String email,
    String firstName,
    String lastName,
    String role,
    String status,
    boolean emailVerified,
    List<String> pendingActions,
    Instant createdAt) {}
