package de.lotse.privacy;

import java.util.List;

/** Finds one family of personal data. Implementations are stateless and thread-safe. */
interface Detector {

  void detect(ScannedText text, List<Finding> findings);
}
