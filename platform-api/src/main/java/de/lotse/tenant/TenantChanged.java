package de.lotse.tenant;

import java.util.UUID;

/** An office's settings or status changed. */
public record TenantChanged(UUID tenantId) {}
