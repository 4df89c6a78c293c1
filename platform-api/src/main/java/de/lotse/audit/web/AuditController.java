package de.lotse.audit.web;

import de.lotse.audit.AuditPage;
import de.lotse.audit.AuditTrail;
import de.lotse.identity.Caller;
import de.lotse.identity.OfficeAccess;
import de.lotse.identity.OfficeArea;
import de.lotse.shared.web.ApiProblem;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who changed what in an office, for its administrators. */
@RestController
@Tag(name = "Offices (admin)")
class AuditController {

  private static final int MAX_PAGE_SIZE = 200;

  private final OfficeAccess access;
  private final AuditTrail audit;

  AuditController(OfficeAccess access, AuditTrail audit) {
    this.access = access;
    this.audit = audit;
  }

  @GetMapping("/api/v1/admin/tenants/{slug}/audit")
  AuditPage audit(
      Caller caller,
      @PathVariable String slug,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    var office = access.require(caller, slug, OfficeArea.AUDIT);
    if (page < 0) {
      throw ApiProblem.invalidField("page", "must be 0 or more");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw ApiProblem.invalidField("size", "must be between 1 and " + MAX_PAGE_SIZE);
    }
    return audit.page(office.id(), page, size);
  }
}
