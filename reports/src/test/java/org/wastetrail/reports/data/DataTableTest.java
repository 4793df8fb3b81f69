package org.wastetrail.reports.data;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataTableTest {
  @TempDir
  Path folder;

  @Test
  void readsQuotedFieldsLineBreaksAndBlankCells() throws IOException {
    Files.writeString(folder.resolve("t.csv"), "id,name,kg,note\r\n"
        + "1,\"Port of Rotterdam, NL\",12.500,\"said \"\"no\"\"\"\r\n"
        + "2,Felixstowe,,\"two\nlines\"\n"
        + "3,Tema,7,\n", StandardCharsets.UTF_8);
    List<DataTable.Row> rows = DataTable.read(folder, "t").rows();
    assertEquals(3, rows.size());
    assertAll(
        () -> assertEquals("Port of Rotterdam, NL", rows.get(0).text("name")),
        () -> assertEquals(new BigDecimal("12.500"), rows.get(0).decimal("kg")),
        () -> assertEquals("said \"no\"", rows.get(0).text("note")),
        () -> assertNull(rows.get(1).decimal("kg")),
        () -> assertEquals("two\nlines", rows.get(1).text("note")),
        () -> assertEquals(3, rows.get(2).count("id")),
        () -> assertNull(rows.get(2).text("note")),
        () -> assertEquals("{id=3, name=Tema, kg=7, note=}", rows.get(2).cells().toString()),
        () -> assertEquals(Map.of("id", "3", "name", "Tema", "kg", "7", "note", ""), rows.get(2).cells()));
  }

  @Test
  void aShortRowLacksItsMissingColumns() throws IOException {
    Files.writeString(folder.resolve("t.csv"), "a,b,c\n1,2\n", StandardCharsets.UTF_8);
    DataTable.Row row = DataTable.read(folder, "t").rows().get(0);
    assertEquals("2", row.text("b"));
    assertFalse(row.cells().containsKey("c"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> row.text("c"));
    assertEquals("no column c in [a, b]", e.getMessage());
  }

  @Test
  void anUnclosedQuoteNamesFileAndLine() throws IOException {
    Files.writeString(folder.resolve("t.csv"), "a,b\n1,2\n3,\"open\n", StandardCharsets.UTF_8);
    ReportDataException e = assertThrows(ReportDataException.class, () -> DataTable.read(folder, "t"));
    assertTrue(e.getMessage().endsWith("t.csv, line 3: a quoted field is not closed"), e.getMessage());
  }

  @Test
  void aMissingTableSaysSo() {
    ReportDataException e = assertThrows(ReportDataException.class, () -> DataTable.read(folder, "kpi_by_period"));
    assertTrue(e.getMessage().startsWith("the report data has no kpi_by_period.csv in "), e.getMessage());
  }

  @Test
  void headerOnlyAndEmptyFilesHaveNoRows() throws IOException {
    Files.writeString(folder.resolve("h.csv"), "a,b\n", StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("e.csv"), "", StandardCharsets.UTF_8);
    assertEquals(List.of(), DataTable.read(folder, "h").rows());
    assertEquals(List.of(), DataTable.read(folder, "e").rows());
  }

  /** Random tables printed by commons-csv as analyze prints them (and with CRLF) read the same as commons-csv reads. */
  @Test
  void readsWhatCommonsCsvReads() throws IOException {
    Random random = new Random(20261204L);
    String alphabet = "ab ,\"\n\r;é中1.-";
    for (int table = 0; table < 300; table++) {
      int columns = 1 + random.nextInt(6);
      List<String> header = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        header.add("col" + c);
      }
      StringBuilder csv = new StringBuilder();
      String separator = random.nextBoolean() ? "\n" : "\r\n";
      try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180.builder()
          .setHeader(header.toArray(String[]::new)).setRecordSeparator(separator).get())) {
        int rows = random.nextInt(20);
        for (int r = 0; r < rows; r++) {
          List<String> cells = new ArrayList<>();
          for (int c = 0; c < columns; c++) {
            StringBuilder cell = new StringBuilder();
            int length = random.nextInt(5) == 0 ? 0 : random.nextInt(8);
            for (int i = 0; i < length; i++) {
              cell.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            cells.add(cell.toString());
          }
          printer.printRecord(cells);
        }
      }
      String text = csv.toString();
      List<Map<String, String>> expected = new ArrayList<>();
      try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
          .parse(new StringReader(text))) {
        for (CSVRecord record : parser) {
          expected.add(record.toMap());
        }
      }
      List<Map<String, String>> actual = DataTable.parse(text, "t.csv").stream().map(DataTable.Row::cells).toList();
      assertEquals(expected, actual, text);
      for (int r = 0; r < actual.size(); r++) {
        assertEquals(expected.get(r).toString(), actual.get(r).toString(), text);
      }
    }
  }
}
