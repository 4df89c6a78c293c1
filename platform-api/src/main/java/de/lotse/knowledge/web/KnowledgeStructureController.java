package de.lotse.knowledge.web;

import de.lotse.identity.Caller;
import de.lotse.identity.OfficeAccess;
import de.lotse.identity.OfficeArea;
import de.lotse.knowledge.CategoryView;
import de.lotse.knowledge.KnowledgeStructure;
import de.lotse.knowledge.exchange.CategoryData;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An office's categories and synonym groups. */
@RestController
@RequestMapping("/api/v1/admin/tenants/{slug}")
@Tag(name = "Knowledge base (admin)")
class KnowledgeStructureController {

  private final OfficeAccess access;
  private final KnowledgeStructure structure;

  KnowledgeStructureController(OfficeAccess access, KnowledgeStructure structure) {
    this.access = access;
    this.structure = structure;
  }

  @GetMapping("/categories")
  List<CategoryView> categories(Caller caller, @PathVariable String slug) {
    return structure.categories(office(caller, slug));
  }

  @PutMapping("/categories/{key}")
  CategoryView saveCategory(
      Caller caller,
      @PathVariable String slug,
      @PathVariable String key,
      @RequestBody CategoryBody body) {
    return structure.saveCategory(
        office(caller, slug),
        new CategoryData(key, body.titles()),
        body.position(),
        caller.username());
  }

  @GetMapping("/synonyms")
  Map<String, List<List<String>>> synonyms(Caller caller, @PathVariable String slug) {
    return structure.synonyms(office(caller, slug));
  }

  @GetMapping("/synonyms/{language}")
  SynonymsBody synonyms(Caller caller, @PathVariable String slug, @PathVariable String language) {
    return new SynonymsBody(structure.synonyms(office(caller, slug), language));
  }

  @PutMapping("/synonyms/{language}")
  SynonymsBody replaceSynonyms(
      Caller caller,
      @PathVariable String slug,
      @PathVariable String language,
      @RequestBody SynonymsBody body) {
    return new SynonymsBody(structure.replaceSynonyms(
        office(caller, slug), language, body.groups(), caller.username()));
  }

  private UUID office(Caller caller, String slug) {
    return access.require(caller, slug, OfficeArea.KNOWLEDGE_BASE).id();
  }

  /**
   * @param titles per language code
   * @param position place in the list from 0; absent keeps the place (new categories go last)
   */
  record CategoryBody(Map<String, String> titles, Integer position) {}

  /** @param groups groups of words that mean the same, e.g. [["Pass", "Reisepass"]] */
  record SynonymsBody(List<List<String>> groups) {}
}
