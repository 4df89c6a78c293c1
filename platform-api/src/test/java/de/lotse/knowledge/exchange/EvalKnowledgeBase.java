package de.lotse.knowledge.exchange;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the shared evaluation knowledge base, which lives outside the repository. */
final class EvalKnowledgeBase {

  private static final Path RELATIVE = Path.of("shared", "kb", "eval-kb.json");

  private EvalKnowledgeBase() {}

  /**
   * The file named by the system property {@code lotse.eval-kb}, or the first {@code
   * shared/kb/eval-kb.json} found walking up from the working directory (from {@code platform-api/}
   * that is {@code ../../shared/kb/eval-kb.json}). Skips the test when there is none.
   */
  static Path path() {
    String configured = System.getProperty("lotse.eval-kb");
    if (configured != null) {
      return existing(Path.of(configured));
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve(RELATIVE))) {
        return dir.resolve(RELATIVE);
      }
    }
    assumeTrue(false, "shared/kb/eval-kb.json not found above " + Path.of("").toAbsolutePath());
    return null;
  }

  private static Path existing(Path file) {
    assumeTrue(Files.isRegularFile(file), "lotse.eval-kb points to a missing file: " + file);
    return file;
  }
}
