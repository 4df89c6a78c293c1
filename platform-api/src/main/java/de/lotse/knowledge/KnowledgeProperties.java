package de.lotse.knowledge;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxImportBytes largest knowledge-base file an import accepts ({@code LOTSE_KB_MAX_IMPORT_SIZE})
 */
@ConfigurationProperties("lotse.knowledge")
record KnowledgeProperties(@DefaultValue("10MB") DataSize maxImportBytes) {}
