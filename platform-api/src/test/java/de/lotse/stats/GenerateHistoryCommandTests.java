package de.lotse.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GenerateHistoryCommandTests {

  private static final LocalDate TODAY = LocalDate.parse("2026-06-15");

  @Test
  void readsItsOptionsAndTurnsMonthsIntoDays() {
    HistoryGenerator.Options options = GenerateHistoryCommand.parse(
        new String[] {
          "generate-history",
          "--offices",
          "5",
          "--months",
          "3",
          "--questions-per-day",
          "90",
          "--seed",
          "42",
          "--replace"
        },
        TODAY);

    assertThat(options).isEqualTo(new HistoryGenerator.Options(5, 92, 90, 42, true));
  }

  @Test
  void defaultsToFourOfficesAndSixMonths() {
    assertThat(GenerateHistoryCommand.parse(new String[] {"generate-history"}, TODAY))
        .isEqualTo(new HistoryGenerator.Options(4, 182, 250, 7, false));
  }

  @Test
  void makesUpFurtherOfficesAfterTheEightNamedOnesTheSameWayEachTime() {
    assertThat(HistoryGenerator.officeSeed(7).slug()).isEqualTo("erding");
    HistoryGenerator.OfficeSeed ninth = HistoryGenerator.officeSeed(8);
    assertThat(ninth.slug()).isEqualTo("amt-009");
    assertThat(ninth).isEqualTo(HistoryGenerator.officeSeed(8));
    assertThat(HistoryGenerator.officeSeed(199).slug()).isEqualTo("amt-200");
    for (int i = 8; i < HistoryGenerator.MAX_OFFICES; i++) {
      assertThat(HistoryGenerator.officeSeed(i).size()).isBetween(0.3, 1.6);
    }
  }

  @Test
  void unusableOptionsEndWithUsageAndExitCode2WithoutTouchingADatabase() {
    for (String[] args : new String[][] {
      {"generate-history", "--offices", "201"},
      {"generate-history", "--days"},
      {"generate-history", "--months", "many"},
      {"generate-history", "--colour", "red"}
    }) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();

      int exit = GenerateHistoryCommand.run(
          args, Object.class, new PrintStream(out, true, StandardCharsets.UTF_8));

      assertThat(exit).isEqualTo(2);
      assertThat(out.toString(StandardCharsets.UTF_8)).contains("usage: generate-history");
    }
    assertThatThrownBy(() ->
            GenerateHistoryCommand.parse(new String[] {"generate-history", "--days", "0"}, TODAY))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
