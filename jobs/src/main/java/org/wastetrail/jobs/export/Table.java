package org.wastetrail.jobs.export;

import java.util.List;

/** A report-data table as text cells, the way its CSV holds them; empty cells are empty strings. */
public record Table(String name, List<String> header, List<List<String>> rows) {
  public Table {
    header = List.copyOf(header);
    rows = rows.stream().map(List::copyOf).toList();
  }

  /** The column's position, or -1 when the table lacks it (an older run). */
  public int column(String columnName) {
    return header.indexOf(columnName);
  }

  public boolean has(String columnName) {
    return header.contains(columnName);
  }
}
