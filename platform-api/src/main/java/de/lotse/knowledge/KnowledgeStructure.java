package de.lotse.knowledge;

import de.lotse.audit.AuditTrail;
import de.lotse.knowledge.exchange.CategoryData;
import de.lotse.knowledge.exchange.ExchangeRules;
import de.lotse.knowledge.exchange.InvalidKnowledgeBaseException;
import de.lotse.shared.TenantScope;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * What holds an office's entries together: categories and synonym groups. Synonyms have no draft
 * state; a change reaches the answer engine right after it is saved.
 */
@Service
public class KnowledgeStructure {

  private final TenantScope scope;
  private final KbCategories categories;
  private final KbSynonymGroups synonyms;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;

  KnowledgeStructure(
      TenantScope scope,
      KbCategories categories,
      KbSynonymGroups synonyms,
      AuditTrail audit,
      ApplicationEventPublisher events) {
    this.scope = scope;
    this.categories = categories;
    this.synonyms = synonyms;
    this.audit = audit;
    this.events = events;
  }

  public List<CategoryView> categories(UUID tenantId) {
    return scope.read(
        tenantId,
        () -> categories.findAllByOrderByPositionAsc().stream()
            .map(KnowledgeStructure::view)
            .toList());
  }

  /**
   * Creates or changes a category.
   *
   * @param position where it goes in the list; null keeps an existing category's place and puts a
   *     new one last
   */
  public CategoryView saveCategory(
      UUID tenantId, CategoryData category, Integer position, String actor) {
    CategoryData checked = checked(category);
    return scope.write(tenantId, () -> {
      List<KbCategory> all = categories.findAllByOrderByPositionAsc();
      KbCategory existing =
          all.stream().filter(c -> c.key().equals(checked.key())).findFirst().orElse(null);
      int place = position != null ? position : existing != null ? existing.position() : all.size();
      KbCategory saved;
      if (existing == null) {
        saved = categories.save(new KbCategory(checked.key(), checked.title(), place));
      } else {
        existing.update(checked.title(), place);
        saved = existing;
      }
      audit.record(
          actor,
          existing == null ? "category.created" : "category.updated",
          checked.key(),
          Map.of("position", place));
      return view(saved);
    });
  }

  /** Synonym groups by language code. */
  public Map<String, List<List<String>>> synonyms(UUID tenantId) {
    return scope.read(tenantId, () -> {
      Map<String, List<List<String>>> byLanguage = new TreeMap<>();
      synonyms.findAll().forEach(s -> byLanguage.put(s.language(), s.groups()));
      return byLanguage;
    });
  }

  public List<List<String>> synonyms(UUID tenantId, String language) {
    return synonyms(tenantId).getOrDefault(language, List.of());
  }

  /**
   * Replaces a language's synonym groups; the answer engine uses them right away. Beyond the
   * format's rules, each group needs two different words, each named once ({@link
   * SynonymGroupRules}).
   */
  public List<List<String>> replaceSynonyms(
      UUID tenantId, String language, List<List<String>> groups, String actor) {
    List<List<String>> checked;
    try {
      checked = ExchangeRules.checkSynonyms(language, groups);
    } catch (InvalidKnowledgeBaseException e) {
      throw KnowledgeProblems.rejected("synonym list", e);
    }
    SynonymGroupRules.check(checked);
    return scope.write(tenantId, () -> {
      KbSynonyms current = synonyms.findAll().stream()
          .filter(s -> s.language().equals(language))
          .findFirst()
          .orElse(null);
      boolean changed = true;
      if (current == null) {
        synonyms.save(new KbSynonyms(language, checked));
      } else {
        changed = current.replace(checked);
      }
      if (changed) {
        audit.record(actor, "synonyms.replaced", language, Map.of("groups", checked.size()));
        events.publishEvent(new ContentChanged(tenantId, Set.of(), false));
      }
      return checked;
    });
  }

  private static CategoryData checked(CategoryData category) {
    try {
      return ExchangeRules.checkCategory(category);
    } catch (InvalidKnowledgeBaseException e) {
      throw KnowledgeProblems.rejected("category", e);
    }
  }

  private static CategoryView view(KbCategory category) {
    return new CategoryView(category.key(), category.titles(), category.position());
  }
}
