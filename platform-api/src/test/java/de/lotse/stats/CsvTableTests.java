package de.lotse.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvTableTests {

  @Test
  void textThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
    for (String attack :
        new String[] {"=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"}) {
      assertThat(CsvTable.field(attack, CsvTable.Variant.CSV))
          .as(attack)
          .contains("'" + attack.charAt(0));
      assertThat(CsvTable.field(attack, CsvTable.Variant.EXCEL))
          .as(attack)
          .contains("'" + attack.charAt(0));
    }
    assertThat(CsvTable.field("Termin", CsvTable.Variant.CSV)).isEqualTo("Termin");
    assertThat(CsvTable.field("a=b", CsvTable.Variant.CSV)).isEqualTo("a=b");
  }

  @Test
  void plainCsvUsesCommasAndDecimalPointsWithoutByteOrderMark() {
    byte[] csv = new CsvTable("office", "rate", "questions")
        .row("Stadt \"A\", Süd", 0.125, 12L)
        .bytes(CsvTable.Variant.CSV);

    assertThat(new String(csv, StandardCharsets.UTF_8))
        .isEqualTo("office,rate,questions\r\n\"Stadt \"\"A\"\", Süd\",0.125,12\r\n");
  }

  @Test
  void excelVariantHasByteOrderMarkSemicolonsAndDecimalCommas() {
    byte[] csv = new CsvTable("office", "rate", "empty")
        .row("Würzburg; Stadt", 0.5, null)
        .bytes(CsvTable.Variant.EXCEL);

    assertThat(csv[0]).isEqualTo((byte) 0xEF);
    assertThat(csv[1]).isEqualTo((byte) 0xBB);
    assertThat(csv[2]).isEqualTo((byte) 0xBF);
    assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8))
        .isEqualTo("office;rate;empty\r\n\"Würzburg; Stadt\";0,5;\r\n");
  }
}
