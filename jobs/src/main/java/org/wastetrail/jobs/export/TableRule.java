package org.wastetrail.jobs.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.wastetrail.jobs.io.SpreadsheetSafe;

/**
 * How one table enters the exchange package: the source table it is read from (and how it is derived from it), the
 * columns and rows left out, and the guards that suppress cells computed from few records.
 *
 * @param name the exported table's name
 * @param source the report-data table it is made from (usually the same name)
 * @param derivation turns the source table into the exported one before the rules apply (identity for most)
 * @param dropped columns left out
 * @param rowFilters rows left out
 * @param guards counts that guard cells
 */
public record TableRule(String name, String source, UnaryOperator<Table> derivation, Set<String> dropped,
    List<RowFilter> rowFilters, List<Guard> guards) {
  /** The column added last: the names of the row's suppressed cells, separated by {@code ;}. */
  public static final String SUPPRESSED = "suppressed";

  public TableRule {
    dropped = Set.copyOf(dropped);
    rowFilters = List.copyOf(rowFilters);
    guards = List.copyOf(guards);
  }

  /** A table exported under its own name, with nothing dropped and no guards yet. */
  public static TableRule table(String name) {
    return new TableRule(name, name, UnaryOperator.identity(), Set.of(), List.of(), List.of());
  }

  public TableRule derivedFrom(String sourceTable, UnaryOperator<Table> derive) {
    return new TableRule(name, sourceTable, derive, dropped, rowFilters, guards);
  }

  public TableRule drop(String... columns) {
    return new TableRule(name, source, derivation, Set.of(columns), rowFilters, guards);
  }

  public TableRule keepRows(RowFilter filter) {
    return new TableRule(name, source, derivation, dropped, List.of(filter), guards);
  }

  public TableRule guard(List<Guard> tableGuards) {
    return new TableRule(name, source, derivation, dropped, rowFilters, tableGuards);
  }

  /**
   * Applies the rule: derive, filter rows, suppress guarded cells whose count is under {@code minCount}, drop columns,
   * neutralise text for spreadsheets and add the {@link #SUPPRESSED} column.
   */
  public ExportedTable apply(Table sourceTable, int minCount) {
    Table table = derivation.apply(sourceTable);
    List<Guard> applicable = guards.stream().filter(g -> g.appliesTo(table.header())).toList();
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < table.header().size(); i++) {
      if (!dropped.contains(table.header().get(i))) {
        kept.add(i);
      }
    }
    List<String> header = Stream.concat(kept.stream().map(table.header()::get), Stream.of(SUPPRESSED)).toList();
    List<List<String>> rows = new ArrayList<>();
    List<List<String>> suppressedByRow = new ArrayList<>();
    long suppressedCells = 0;
    for (List<String> row : table.rows()) {
      if (!rowFilters.stream().allMatch(f -> f.keeps(table, row))) {
        continue;
      }
      Set<String> small = smallGuardedColumns(applicable, table, row, minCount);
      List<String> cells = new ArrayList<>();
      List<String> suppressed = new ArrayList<>();
      for (int i : kept) {
        String column = table.header().get(i);
        if (small.contains(column)) {
          suppressed.add(column);
          cells.add("");
        } else {
          cells.add(SpreadsheetSafe.cell(row.get(i)));
        }
      }
      cells.add(String.join(";", suppressed));
      rows.add(cells);
      suppressedByRow.add(suppressed);
      suppressedCells += suppressed.size();
    }
    return new ExportedTable(name, header, rows, suppressedByRow, suppressedCells);
  }

  private static Set<String> smallGuardedColumns(List<Guard> guards, Table table, List<String> row, int minCount) {
    Set<String> small = new HashSet<>();
    for (Guard guard : guards) {
      if (guard.isSmall(table, row, minCount)) {
        small.addAll(guard.guarded());
      }
    }
    return small;
  }
}
