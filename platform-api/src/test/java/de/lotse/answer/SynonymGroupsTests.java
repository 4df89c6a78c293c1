package de.lotse.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SynonymGroupsTests {

  @Test
  void officesWithoutOwnGroupsShareTheBuiltInMapOfALanguage() {
    assertThat(SynonymGroups.forTenant("de", null))
        .isSameAs(SynonymGroups.forTenant("de", List.of()));
    assertThat(SynonymGroups.forTenant("de", null))
        .isNotSameAs(SynonymGroups.forTenant("en", null));
  }

  @Test
  void anOfficesOwnGroupsGetAMapOfTheirOwn() {
    List<List<String>> own = List.of(List.of("Kreisverwaltungsreferat", "KVR"));

    assertThat(SynonymGroups.forTenant("de", own)).isNotSameAs(SynonymGroups.forTenant("de", null));
    // Its own group comes first, so the built-in groups' numbers move by one.
    assertThat(SynonymGroups.forTenant("de", own).words.size())
        .isGreaterThan(SynonymGroups.forTenant("de", null).words.size());
  }

  @Test
  void aLanguageWithoutBuiltInGroupsHasNoMap() {
    assertThat(SynonymGroups.forTenant("vi", null)).isNull();
  }
}
