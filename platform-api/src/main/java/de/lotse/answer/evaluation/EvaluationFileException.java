package de.lotse.answer.evaluation;

import java.nio.file.Path;

/** An input or output file of the evaluation cannot be used; the message names file and problem. */
final class EvaluationFileException extends Exception {

  private static final long serialVersionUID = 1L;

  EvaluationFileException(Path file, String problem) {
    super(file + ": " + problem);
  }
}
