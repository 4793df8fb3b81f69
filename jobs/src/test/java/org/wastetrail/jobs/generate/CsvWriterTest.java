package org.wastetrail.jobs.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The CSV writer")
class CsvWriterTest {

  @TempDir Path dir;

  @ParameterizedTest(name = "writes [{0}] as [{1}]")
  @DisplayName("quotes a field only when it holds a comma, quote, CR or LF, and doubles embedded quotes")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "plain|plain",
        "a,b|'\"a,b\"'",
        "say \"hi\"|'\"say \"\"hi\"\"\"'",
        "<script>alert(1)</script>|<script>alert(1)</script>",
        "Altgeräte|Altgeräte",
        "废旧电器|废旧电器",
        "'  spaces kept  '|'  spaces kept  '",
      })
  void quotesOnlyWhenNeeded(String value, String expected) throws IOException {
    assertEquals(expected + "\n", written(w -> w.text(value).endRow()));
  }

  @Test
  @DisplayName("keeps line breaks inside quotes and ends rows with a bare LF")
  void lineBreaks() throws IOException {
    assertEquals("\"line 1\nline 2\",\"cr\r\"\n", written(w -> w.text("line 1\nline 2").text("cr\r").endRow()));
  }

  @Test
  @DisplayName("encodes characters outside the BMP as four UTF-8 bytes and writes no BOM")
  void utf8() throws IOException {
    Path file = dir.resolve("u.csv");
    try (CsvWriter w = CsvWriter.create(file)) {
      w.text("é😀").endRow();
    }
    byte[] bytes = Files.readAllBytes(file);
    assertEquals("é😀\n", new String(bytes, StandardCharsets.UTF_8));
    assertEquals((byte) 0xC3, bytes[0]);
  }

  @ParameterizedTest(name = "{0} g is {1} kg")
  @DisplayName("writes kilograms from grams with at most three decimals")
  @CsvSource({"1000,1", "1500,1.5", "1234567,1234.567", "20,0.02", "0,0", "8642375,8642.375"})
  void kilograms(long grams, String kg) throws IOException {
    assertEquals(kg + "\n", written(w -> w.kilograms(grams).endRow()));
  }

  @Test
  @DisplayName("writes cents with two decimals, dates as yyyy-MM-dd, blanks as empty fields")
  void numbersAndDates() throws IOException {
    assertEquals("12.05,2024-03-07,,7\n",
        written(w -> w.cents(1205).date(LocalDate.of(2024, 3, 7)).blank().number(7).endRow()));
  }

  @Test
  @DisplayName("counts data rows, not the header")
  void countsRows() throws IOException {
    Path file = dir.resolve("rows.csv");
    try (CsvWriter w = CsvWriter.create(file)) {
      w.header(List.of("a", "b"));
      w.plain("1").plain("2").endRow();
      assertEquals(1, w.rows());
    }
    assertEquals("a,b\n1,2\n", Files.readString(file));
  }

  private String written(Consumer<CsvWriter> rows) throws IOException {
    Path file = dir.resolve("t.csv");
    try (CsvWriter w = CsvWriter.create(file)) {
      rows.accept(w);
    }
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
