package de.lotse.knowledge.web;

import de.lotse.identity.Caller;
import de.lotse.identity.OfficeAccess;
import de.lotse.identity.OfficeArea;
import de.lotse.knowledge.ImportReport;
import de.lotse.knowledge.KnowledgeService;
import de.lotse.knowledge.exchange.InvalidKnowledgeBaseException;
import de.lotse.shared.web.ApiProblem;
import de.lotse.shared.web.ProblemType;
import de.lotse.tenant.TenantProfile;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Import and export of a whole knowledge base in the exchange format (kb-exchange/1). An import
 * is all or nothing: a file with any problem changes nothing and the answer lists every problem.
 */
@RestController
@RequestMapping("/api/v1/admin/tenants/{slug}")
@Tag(name = "Knowledge base (admin)")
class KnowledgeExchangeController {

  private final OfficeAccess access;
  private final KnowledgeService knowledge;

  KnowledgeExchangeController(OfficeAccess access, KnowledgeService knowledge) {
    this.access = access;
    this.knowledge = knowledge;
  }

  /** A file upload (form field "file"). {@code publish=true} makes the imported state live. */
  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ImportReport importUpload(
      Caller caller,
      @PathVariable String slug,
      @RequestPart("file") MultipartFile file,
      @RequestParam(defaultValue = "false") boolean publish)
      throws IOException {
    TenantProfile office = office(caller, slug);
    try (InputStream in = file.getInputStream()) {
      return importFrom(office, in, caller, publish);
    }
  }

  /** The same with the file as the request body. */
  @PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
  ImportReport importBody(
      Caller caller,
      @PathVariable String slug,
      HttpServletRequest request,
      @RequestParam(defaultValue = "false") boolean publish)
      throws IOException {
    TenantProfile office = office(caller, slug);
    return importFrom(office, request.getInputStream(), caller, publish);
  }

  /** The current state (drafts included) as a file to download. */
  @GetMapping(path = "/export", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> export(Caller caller, @PathVariable String slug) {
    TenantProfile office = office(caller, slug);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    knowledge.exportFile(office.id(), office.displayName(), office.defaultLanguage(), out);
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(office.slug() + "-knowledge-base.json")
                .build()
                .toString())
        .contentType(MediaType.APPLICATION_JSON)
        .body(out.toByteArray());
  }

  private ImportReport importFrom(
      TenantProfile office, InputStream in, Caller caller, boolean publish) {
    try {
      return knowledge.importFile(office.id(), in, caller.username(), publish);
    } catch (InvalidKnowledgeBaseException e) {
      throw new ApiProblem(
          ProblemType.INVALID_KNOWLEDGE_BASE,
          e.getMessage()
              + "; nothing was imported. Fix them (see errors) and import the file again.",
          e.problems());
    }
  }

  private TenantProfile office(Caller caller, String slug) {
    return access.require(caller, slug, OfficeArea.KNOWLEDGE_BASE);
  }
}
