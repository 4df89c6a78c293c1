package de.lotse.knowledge;

import de.lotse.answer.AnswerEngine;
import de.lotse.answer.EntryContent;
import de.lotse.answer.EntryText;
import de.lotse.answer.TenantKnowledge;
import de.lotse.cluster.ContentChangesMayHaveBeenMissed;
import de.lotse.knowledge.exchange.EntryData;
import de.lotse.tenant.TenantChanged;
import de.lotse.tenant.TenantDirectory;
import de.lotse.tenant.TenantProfile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the answer engine's indexes in step with published content: all offices at start, one
 * office when its settings change, and only the changed entries when content is published. Its
 * health (part of readiness) is down until every active office has an index.
 */
@Component("answerIndex")
public class AnswerIndexSync implements HealthIndicator {

  private static final Logger log = LoggerFactory.getLogger(AnswerIndexSync.class);

  private final AnswerEngine engine;
  private final KnowledgeService knowledge;
  private final TenantDirectory directory;
  /** Set when the first full build begins: changes before it (start-up provisioning) are in it. */
  private volatile boolean listening;

  private volatile boolean started;

  AnswerIndexSync(AnswerEngine engine, KnowledgeService knowledge, TenantDirectory directory) {
    this.engine = engine;
    this.knowledge = knowledge;
    this.directory = directory;
  }

  @EventListener(ApplicationReadyEvent.class)
  void indexAll() {
    long start = System.nanoTime();
    listening = true;
    directory.reload();
    List<TenantProfile> tenants = directory.all();
    rebuildEach(tenants);
    started = true;
    // The start-up build decides how long an instance stays unready; the benchmarks read this line.
    log.info(
        "Built the answer indexes of all {} tenants in {} ms",
        tenants.size(),
        (System.nanoTime() - start) / 1_000_000);
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void onContentChanged(ContentChanged change) {
    if (!listening) {
      return;
    }
    TenantProfile tenant = findTenant(change.tenantId());
    if (tenant == null || change.affectsEverything()) {
      // The office may be new, or its settings changed, on another instance.
      directory.reload();
      tenant = findTenant(change.tenantId());
    }
    if (tenant == null) {
      return;
    }
    if (change.affectsEverything() || !engine.hasTenant(tenant.slug())) {
      rebuild(tenant);
      return;
    }
    List<EntryContent> upserts = knowledge.published(tenant.id(), change.entryKeys()).stream()
        .map(AnswerIndexSync::toEngine)
        .toList();
    Set<String> gone = new HashSet<>(change.entryKeys());
    upserts.forEach(e -> gone.remove(e.key()));
    engine.updateEntries(tenant.slug(), upserts, gone);
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void onTenantChanged(TenantChanged change) {
    if (!listening) {
      return;
    }
    directory.reload();
    TenantProfile tenant = findTenant(change.tenantId());
    if (tenant != null) {
      rebuild(tenant);
    }
    reconcile();
  }

  private TenantProfile findTenant(java.util.UUID tenantId) {
    return directory.findById(tenantId).orElse(null);
  }

  /**
   * Builds the indexes of offices that have none yet, e.g. offices this instance learnt about
   * from the database before any change event reached it.
   */
  @Scheduled(
      fixedDelayString = "${lotse.tenants.refresh-interval:5s}",
      initialDelayString = "${lotse.tenants.refresh-interval:5s}")
  void reconcile() {
    if (started) {
      directory.all().stream().filter(t -> !engine.hasTenant(t.slug())).forEach(this::rebuild);
    }
  }

  /** Makes sure the office can be asked; builds its index now if it has none. */
  public void ensureIndexed(TenantProfile tenant) {
    if (!engine.hasTenant(tenant.slug())) {
      synchronized (this) {
        if (!engine.hasTenant(tenant.slug())) {
          rebuild(tenant);
        }
      }
    }
  }

  /** Change events may have been lost while Redis was away: rebuild every office's index. */
  @EventListener(ContentChangesMayHaveBeenMissed.class)
  void rebuildAll() {
    if (!started) {
      return;
    }
    directory.reload();
    rebuildEach(directory.all());
  }

  /**
   * Builds the offices' indexes side by side, one per processor: building is pure computation on
   * data read in one query per office, so a start-up with many offices is ready that much sooner.
   */
  private void rebuildEach(List<TenantProfile> tenants) {
    int threads = Math.max(1, Math.min(tenants.size(), Runtime.getRuntime().availableProcessors()));
    ExecutorService builders = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "answer-index-build");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<?>> builds = new ArrayList<>(tenants.size());
      tenants.forEach(tenant -> builds.add(builders.submit(() -> rebuild(tenant))));
      for (Future<?> build : builds) {
        build.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while building answer indexes", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException failure
          ? failure
          : new IllegalStateException("could not build the answer indexes", e.getCause());
    } finally {
      builders.shutdownNow();
    }
  }

  private void rebuild(TenantProfile tenant) {
    long start = System.nanoTime();
    KnowledgeService.PublishedContent content = knowledge.published(tenant.id());
    engine.replaceTenant(
        tenant.slug(),
        new TenantKnowledge(
            tenant.defaultLanguage(),
            tenant.enabledLanguages(),
            content.entries().stream().map(AnswerIndexSync::toEngine).toList(),
            content.synonyms(),
            tenant.thresholds()));
    log.info(
        "Indexed {} published entries of tenant {} in {} ms",
        content.entries().size(),
        tenant.slug(),
        (System.nanoTime() - start) / 1_000_000);
  }

  static EntryContent toEngine(EntryData entry) {
    Map<String, EntryText> texts = new LinkedHashMap<>();
    entry
        .translations()
        .forEach((language, t) ->
            texts.put(language, new EntryText(t.title(), t.questions(), t.answer())));
    return new EntryContent(entry.key(), entry.category(), texts);
  }

  @Override
  public Health health() {
    if (!started) {
      return Health.down().withDetail("reason", "indexes are being built").build();
    }
    List<String> missing = directory.active().stream()
        .map(TenantProfile::slug)
        .filter(slug -> !engine.hasTenant(slug))
        .toList();
    return missing.isEmpty()
        ? Health.up().withDetail("tenants", directory.active().size()).build()
        : Health.down().withDetail("missing", missing).build();
  }
}
