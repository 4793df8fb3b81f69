package org.wastetrail.jobs.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetSafeTest {
  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @DisplayName("a cell read back from a CSV: text that starts like a formula is neutralised once, numbers never")
  @CsvSource(delimiter = '|', quoteCharacter = '"', emptyValue = "", value = {
      "=HYPERLINK(\"x\")|'=HYPERLINK(\"x\")",
      "'=HYPERLINK(\"x\")|'=HYPERLINK(\"x\")",
      "-OP1|'-OP1",
      "+31 20|'+31 20",
      "@SUM(A1)|'@SUM(A1)",
      "-12.5|-12.5",
      "-3|-3",
      "0.00000002716852567|0.00000002716852567",
      "-1+2|'-1+2",
      "1e3|1e3",
      "BE>GH|BE>GH",
      "\"\"|\"\""})
  void cell(String in, String expected) {
    assertEquals(expected, SpreadsheetSafe.cell(in));
  }

  @ParameterizedTest(name = "[{0}]")
  @DisplayName("tab and carriage return at the start are neutralised too")
  @ValueSource(strings = {"\tx", "\rx"})
  void controlCharacters(String in) {
    assertEquals("'" + in, SpreadsheetSafe.text(in));
  }
}
