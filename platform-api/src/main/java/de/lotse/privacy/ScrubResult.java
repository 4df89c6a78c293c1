package de.lotse.privacy;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A text with its personal data replaced by placeholders.
 *
 * @param text the scrubbed text, safe to store and log
 * @param found the kinds of personal data that were replaced; empty when nothing was
 */
public record ScrubResult(String text, Set<PiiKind> found) {

  public ScrubResult {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(found, "found");
    found = found.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(found));
  }

  /** True when at least one value was replaced. */
  public boolean changed() {
    return !found.isEmpty();
  }
}
