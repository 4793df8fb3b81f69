package org.wastetrail.jobs.export;

import java.util.List;

/**
 * A table as the package holds it: cells neutralised for spreadsheets, suppressed cells empty, the last column naming
 * them.
 *
 * @param suppressedByRow each row's suppressed columns, in column order
 * @param suppressedCells how many cells were suppressed in all
 */
public record ExportedTable(String name, List<String> header, List<List<String>> rows,
    List<List<String>> suppressedByRow, long suppressedCells) {
  public ExportedTable {
    header = List.copyOf(header);
    rows = rows.stream().map(List::copyOf).toList();
    suppressedByRow = suppressedByRow.stream().map(List::copyOf).toList();
  }
}
