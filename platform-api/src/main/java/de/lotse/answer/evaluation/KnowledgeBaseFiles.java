package de.lotse.answer.evaluation;

import de.lotse.answer.EntryContent;
import de.lotse.answer.EntryText;
import de.lotse.answer.TenantKnowledge;
import de.lotse.knowledge.exchange.EntryData;
import de.lotse.knowledge.exchange.ExchangeFormatReader;
import de.lotse.knowledge.exchange.ExchangeProblem;
import de.lotse.knowledge.exchange.InvalidKnowledgeBaseException;
import de.lotse.knowledge.exchange.KnowledgeBaseFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Loads a knowledge base in the exchange format as the engine's tenant knowledge (default thresholds). */
public final class KnowledgeBaseFiles {

  /** Enough problems to fix a file in a few rounds without flooding the terminal. */
  private static final int PROBLEMS_SHOWN = 10;

  private KnowledgeBaseFiles() {}

  /** The knowledge with the tenant's default settings (default thresholds). */
  static TenantKnowledge read(Path file) throws EvaluationFileException {
    KnowledgeBaseFile kb;
    try (InputStream in = Files.newInputStream(file)) {
      kb = new ExchangeFormatReader().read(in);
    } catch (NoSuchFileException e) {
      throw new EvaluationFileException(file, "file not found");
    } catch (IOException | UncheckedIOException e) {
      throw new EvaluationFileException(
          file, "cannot be read (" + e.getClass().getSimpleName() + ")");
    } catch (InvalidKnowledgeBaseException e) {
      throw new EvaluationFileException(
          file, "not a valid knowledge base: " + describe(e.problems()));
    }
    return toKnowledge(kb);
  }

  public static TenantKnowledge toKnowledge(KnowledgeBaseFile kb) {
    List<EntryContent> entries = new ArrayList<>(kb.entries().size());
    for (EntryData entry : kb.entries()) {
      Map<String, EntryText> texts = new LinkedHashMap<>();
      entry
          .translations()
          .forEach((language, t) ->
              texts.put(language, new EntryText(t.title(), t.questions(), t.answer())));
      entries.add(new EntryContent(entry.key(), entry.category(), texts));
    }
    return new TenantKnowledge(kb.defaultLanguage(), kb.languages(), entries, kb.synonyms(), null);
  }

  private static String describe(List<ExchangeProblem> problems) {
    StringBuilder text = new StringBuilder();
    text.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
    for (ExchangeProblem problem : problems.subList(0, Math.min(PROBLEMS_SHOWN, problems.size()))) {
      text.append(System.lineSeparator()).append("  - ");
      if (problem.entryKey() != null) {
        text.append("entry ").append(problem.entryKey()).append(", ");
      }
      if (problem.field() != null) {
        text.append(problem.field()).append(": ");
      }
      text.append(problem.message());
    }
    if (problems.size() > PROBLEMS_SHOWN) {
      text.append(System.lineSeparator())
          .append("  ... and ")
          .append(problems.size() - PROBLEMS_SHOWN)
          .append(" more");
    }
    return text.toString();
  }
}
