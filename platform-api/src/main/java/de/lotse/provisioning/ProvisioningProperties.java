package de.lotse.provisioning;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param locations resource patterns of tenant descriptors to set up at start, e.g.
 *     {@code classpath:seed/*.tenant.json} or {@code file:/etc/lotse/tenants/*.tenant.json}
 *     ({@code LOTSE_PROVISIONING_LOCATIONS}, comma-separated; empty: none)
 */
@ConfigurationProperties("lotse.provisioning")
record ProvisioningProperties(@DefaultValue List<String> locations) {}
