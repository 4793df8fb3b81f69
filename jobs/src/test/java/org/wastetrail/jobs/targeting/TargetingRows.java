package org.wastetrail.jobs.targeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.wastetrail.jobs.ingest.RecordKind;
import org.wastetrail.jobs.testing.WarehouseRows;

/** Declarations with the columns targeting reads, and whole-row comparisons of its tables. */
final class TargetingRows {
  private TargetingRows() {}

  /** A declaration; {@code route} is {@code ORIGIN>DESTINATION}. */
  static Row declaration(String id, String date, String port, String route, String hsCode, String trader,
      String control, String result) {
    String[] countries = route.split(">");
    return WarehouseRows.row(RecordKind.DECLARATIONS, Map.ofEntries(Map.entry("declaration_id", id),
        Map.entry("declaration_date", date), Map.entry("reporting_country", port.substring(0, 2)),
        Map.entry("port", port), Map.entry("direction", "IMPORT"), Map.entry("origin_country", countries[0]),
        Map.entry("destination_country", countries[1]), Map.entry("hs_code", hsCode), Map.entry("gross_kg", "1000"),
        Map.entry("trader_id", trader), Map.entry("control_type", control), Map.entry("inspection_result", result)));
  }

  /**
   * Compares rows with the expected lines, column by column: an empty cell is null, text and whole numbers are equal,
   * doubles agree to the 7 significant digits the expected line gives.
   */
  static void assertRows(List<String> expected, List<Row> actual) {
    assertEquals(expected.size(), actual.size(), () -> "rows: " + actual);
    for (int r = 0; r < expected.size(); r++) {
      String[] cells = expected.get(r).split(",", -1);
      Row row = actual.get(r);
      assertEquals(cells.length, row.size(), "columns of row " + r);
      for (int c = 0; c < cells.length; c++) {
        String where = "row " + r + " (" + row.get(0) + " " + row.get(1) + "), column " + row.schema().fieldNames()[c];
        Object value = row.get(c);
        if (cells[c].isEmpty()) {
          assertNull(value, where);
        } else if (value instanceof Double d) {
          double wanted = Double.parseDouble(cells[c]);
          assertEquals(wanted, d, 6e-7 * Math.max(1, Math.abs(wanted)), where);
        } else {
          assertEquals(cells[c], String.valueOf(value), where);
        }
      }
    }
  }
}
