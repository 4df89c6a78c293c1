package de.lotse.knowledge.web;

import de.lotse.identity.Caller;
import de.lotse.identity.OfficeAccess;
import de.lotse.identity.OfficeArea;
import de.lotse.knowledge.AnswerPreview;
import de.lotse.knowledge.AnswerPreview.PreviewAnswer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Knowledge base (admin)")
class TestQuestionController {

  private final OfficeAccess access;
  private final AnswerPreview preview;

  TestQuestionController(OfficeAccess access, AnswerPreview preview) {
    this.access = access;
    this.preview = preview;
  }

  @Operation(
      summary = "What the bot would answer, and why",
      description = "Asks the engine as a citizen would, against the published content only"
          + " (drafts are not searched). The question is neither logged nor counted.")
  @PostMapping("/api/v1/admin/tenants/{slug}/test-question")
  PreviewAnswer ask(Caller caller, @PathVariable String slug, @RequestBody TestQuestion body) {
    return preview.ask(
        access.require(caller, slug, OfficeArea.KNOWLEDGE_BASE), body.question(), body.language());
  }

  /** @param language optional: the language a citizen would pick in the widget */
  record TestQuestion(String question, String language) {}
}
