package org.wastetrail.jobs.export;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote: the package folder and, per exported table, its rows and suppressed cells.
 *
 * @param skipped allow-listed tables the data folder lacks (an older run)
 * @param notExported tables of the data folder left out of the package
 */
public record ExportResult(Path out, List<TableSummary> tables, List<String> skipped, List<String> notExported) {
  public ExportResult {
    tables = List.copyOf(tables);
    skipped = List.copyOf(skipped);
    notExported = List.copyOf(notExported);
  }

  /** One exported table. */
  public record TableSummary(String name, long rows, long suppressedCells) {}

  public long suppressedCells() {
    return tables.stream().mapToLong(TableSummary::suppressedCells).sum();
  }
}
