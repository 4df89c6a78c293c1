package de.lotse.privacy;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds word lists from space-separated text, folded like {@link ScannedText#folded()}. */
final class WordSets {

  private WordSets() {}

  static Set<String> of(String... spaceSeparated) {
    return Arrays.stream(spaceSeparated)
        .flatMap(list -> Arrays.stream(list.trim().split(" +")))
        .map(ScannedText::foldWord)
        .collect(Collectors.toUnmodifiableSet());
  }
}
