package de.lotse.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CueIndexTests {

  @Test
  void indexesEveryWayAnAlternativeCanStart() {
    assertThat(CueIndex.prefixes("(?:vor|nach)?name", 2)).containsExactlyInAnyOrder("vo", "na");
    assertThat(CueIndex.prefixes("و?(?:انا )?اسمي", 2)).containsExactlyInAnyOrder("وا", "ان", "اس");
    assertThat(CueIndex.prefixes("m[ăa] numesc", 2)).containsExactlyInAnyOrder("mă", "ma");
    assertThat(CueIndex.prefixes("Hr\\.", 2)).containsExactly("Hr");
  }

  @Test
  void findsCuesOnlyWhereAWordStarts() {
    CueIndex index = CueIndex.folded("tel|telefon|aktenzeichen");
    List<String> found = new ArrayList<>();
    String text = "Hotel Telefon: 0171, Aktenzeichen 12/24";

    index.forEach(ScannedText.of(text), (start, end) -> found.add(text.substring(start, end)));

    assertThat(found).containsExactly("Telefon", "Aktenzeichen");
  }

  @Test
  void rejectsCuesItCannotIndexWhenBuilt() {
    assertThatIllegalArgumentException().isThrownBy(() -> CueIndex.folded("\\d+ tage"));
    assertThatIllegalArgumentException().isThrownBy(() -> CueIndex.folded("(?:a|b)*cd"));
    assertThatIllegalArgumentException().isThrownBy(() -> CueIndex.folded("x"));
  }
}
