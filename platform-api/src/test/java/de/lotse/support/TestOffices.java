package de.lotse.support;

import de.lotse.knowledge.KnowledgeService;
import de.lotse.knowledge.exchange.InvalidKnowledgeBaseException;
import de.lotse.tenant.Branding;
import de.lotse.tenant.Handoff;
import de.lotse.tenant.NewTenant;
import de.lotse.tenant.TenantDirectory;
import de.lotse.tenant.TenantProfile;
import de.lotse.tenant.TenantService;
import de.lotse.tenant.TenantStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;

/** Creates offices for tests, each with a unique slug and a knowledge base from test resources. */
@TestComponent
public class TestOffices {

  private final TenantService tenants;
  private final KnowledgeService knowledge;
  private final TenantDirectory directory;

  public TestOffices(TenantService tenants, KnowledgeService knowledge) {
    this(tenants, knowledge, null);
  }

  @Autowired
  public TestOffices(TenantService tenants, KnowledgeService knowledge, TenantDirectory directory) {
    this.tenants = tenants;
    this.knowledge = knowledge;
    this.directory = directory;
  }

  /**
   * The office with exactly this slug, created with the given knowledge base if this test database
   * has none yet. For tests with the development realm's demo users, whose tokens name the offices
   * "rosenheim" and "musterstadt": such offices are shared by every test that uses them, so tests
   * must not rely on their content being untouched.
   */
  public synchronized TenantProfile demoOffice(String slug, String kbResource) {
    TenantProfile office = tenants.findBySlug(slug).orElseGet(() -> {
      TenantProfile created = tenants.create(spec(slug, List.of()), TenantStatus.ACTIVE);
      importKnowledge(created, kbResource);
      return created;
    });
    if (!office.isActive()) {
      office = tenants.changeStatus(office.id(), TenantStatus.ACTIVE);
    }
    if (directory != null) {
      directory.reload(); // another test context may have created it
    }
    return office;
  }

  public static String uniqueSlug(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  public TenantProfile create(String prefix, List<String> allowedOrigins) {
    return tenants.create(spec(uniqueSlug(prefix), allowedOrigins), TenantStatus.ACTIVE);
  }

  private static NewTenant spec(String slug, List<String> allowedOrigins) {
    return new NewTenant(
        slug,
        "Testbehörde " + slug,
        "Testbot",
        "de",
        List.of("de", "en", "ar", "tr"),
        Map.of("de", "Hallo"),
        Branding.defaults(),
        new Handoff(
            "amt@example.org",
            "+49 8031 392-0",
            "Amtsweg 1, 83022 Rosenheim",
            "Mo–Fr 8–12",
            "https://termine.example.org"),
        allowedOrigins,
        null);
  }

  public TenantProfile createWithKnowledge(String prefix, String kbResource) {
    TenantProfile tenant = create(prefix, List.of("https://www." + prefix + ".example"));
    importKnowledge(tenant, kbResource);
    return tenant;
  }

  public void importKnowledge(TenantProfile tenant, String kbResource) {
    try (InputStream in = resource(kbResource)) {
      knowledge.importFile(tenant.id(), in, "test", true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InvalidKnowledgeBaseException e) {
      throw new IllegalStateException(e.problems().toString(), e);
    }
  }

  public void suspend(TenantProfile tenant) {
    tenants.changeStatus(tenant.id(), TenantStatus.SUSPENDED);
  }

  public static InputStream resource(String name) {
    InputStream in = TestOffices.class.getResourceAsStream("/" + name);
    if (in == null) {
      throw new IllegalArgumentException("no test resource " + name);
    }
    return in;
  }
}
