package de.lotse.tenant.web;

import de.lotse.identity.Caller;
import de.lotse.identity.OfficeAccess;
import de.lotse.identity.OfficeArea;
import de.lotse.shared.web.ApiProblem;
import de.lotse.tenant.LogoSummary;
import de.lotse.tenant.TenantLogos;
import de.lotse.tenant.TenantProfile;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * An office's logo for the chat widget: PNG, JPEG or SVG, judged by its content. SVG is parsed
 * and stored re-written; anything in it that could run a script or load something from elsewhere
 * is refused with a message that names it.
 */
@RestController
@RequestMapping("/api/v1/admin/tenants/{slug}/settings/logo")
@Tag(name = "Offices (admin)")
class LogoAdminController {

  private final OfficeAccess access;
  private final TenantLogos logos;

  LogoAdminController(OfficeAccess access, TenantLogos logos) {
    this.access = access;
    this.logos = logos;
  }

  @Operation(summary = "Upload the logo as a form (field \"file\")")
  @PutMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  LogoSummary uploadForm(
      Caller caller,
      @PathVariable String slug,
      @RequestPart(name = "file", required = false) MultipartFile file)
      throws IOException {
    TenantProfile office = office(caller, slug);
    if (file == null) {
      throw ApiProblem.invalidField(
          "file", "is required: send the image as the form field" + " \"file\"");
    }
    try (InputStream in = file.getInputStream()) {
      return logos.store(office, in, caller.username());
    }
  }

  /** Any declared type: what the bytes are decides. */
  @Operation(
      summary = "Upload the logo as the request body",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              content = {
                @Content(
                    mediaType = "image/png",
                    schema = @Schema(type = "string", format = "binary")),
                @Content(
                    mediaType = "image/jpeg",
                    schema = @Schema(type = "string", format = "binary")),
                @Content(
                    mediaType = "image/svg+xml",
                    schema = @Schema(type = "string", format = "binary"))
              }))
  @PutMapping
  LogoSummary uploadBody(Caller caller, @PathVariable String slug, HttpServletRequest request)
      throws IOException {
    TenantProfile office = office(caller, slug);
    return logos.store(office, request.getInputStream(), caller.username());
  }

  @Operation(summary = "Remove the logo", description = "204 also when there was none.")
  @DeleteMapping
  ResponseEntity<Void> delete(Caller caller, @PathVariable String slug) {
    logos.delete(office(caller, slug), caller.username());
    return ResponseEntity.noContent().build();
  }

  private TenantProfile office(Caller caller, String slug) {
    return access.require(caller, slug, OfficeArea.SETTINGS);
  }
}
