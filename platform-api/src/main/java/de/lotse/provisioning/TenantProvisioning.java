package de.lotse.provisioning;

import de.lotse.knowledge.ImportReport;
import de.lotse.knowledge.KnowledgeService;
import de.lotse.knowledge.exchange.InvalidKnowledgeBaseException;
import de.lotse.tenant.TenantProfile;
import de.lotse.tenant.TenantService;
import de.lotse.tenant.TenantStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sets up the offices described by tenant descriptor files when the platform starts: an office
 * that does not exist yet is created and seeded with its knowledge base (published). An office
 * that exists is left alone, so that its admins' changes are never overwritten by a restart.
 */
@Component
class TenantProvisioning {

  private static final Logger log = LoggerFactory.getLogger(TenantProvisioning.class);

  private final ProvisioningProperties properties;
  private final TenantService tenants;
  private final KnowledgeService knowledge;
  private final JsonMapper json;
  private final PathMatchingResourcePatternResolver resources =
      new PathMatchingResourcePatternResolver();

  TenantProvisioning(
      ProvisioningProperties properties,
      TenantService tenants,
      KnowledgeService knowledge,
      JsonMapper json) {
    this.properties = properties;
    this.tenants = tenants;
    this.knowledge = knowledge;
    this.json = json;
  }

  @EventListener(ApplicationStartedEvent.class)
  void provisionAll() throws IOException {
    for (String location : properties.locations()) {
      for (Resource descriptor : resources.getResources(location)) {
        provision(descriptor);
      }
    }
  }

  void provision(Resource descriptorFile) {
    TenantDescriptor descriptor;
    try (InputStream in = descriptorFile.getInputStream()) {
      descriptor = json.readValue(in, TenantDescriptor.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read tenant descriptor " + descriptorFile, e);
    }
    if (tenants.findBySlug(descriptor.slug()).isPresent()) {
      return;
    }
    TenantStatus status = descriptor.status() == null ? TenantStatus.ACTIVE : descriptor.status();
    TenantProfile tenant = tenants.create(descriptor.toNewTenant(), status);
    if (descriptor.knowledgeBase() == null) {
      log.info("Provisioned tenant {} without knowledge base", tenant.slug());
      return;
    }
    try (InputStream kb =
        descriptorFile.createRelative(descriptor.knowledgeBase()).getInputStream()) {
      ImportReport report = knowledge.importFile(tenant.id(), kb, "provisioning", true);
      log.info(
          "Provisioned tenant {} with {} knowledge-base entries", tenant.slug(), report.created());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read knowledge base of " + descriptor.slug(), e);
    } catch (InvalidKnowledgeBaseException e) {
      throw new IllegalStateException(
          "Knowledge base of " + descriptor.slug() + " is invalid: " + e.problems(), e);
    }
  }
}
