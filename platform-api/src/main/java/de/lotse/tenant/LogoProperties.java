package de.lotse.tenant;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxSize largest logo file accepted ({@code LOTSE_LOGO_MAX_SIZE})
 * @param maxDimension most pixels a PNG or JPEG logo may have in width and in height ({@code
 *     LOTSE_LOGO_MAX_DIMENSION}); the chat shows it about 32 pixels high
 */
@ConfigurationProperties("lotse.logo")
record LogoProperties(
    @DefaultValue("256KB") DataSize maxSize,
    @DefaultValue("1024") int maxDimension) {}
