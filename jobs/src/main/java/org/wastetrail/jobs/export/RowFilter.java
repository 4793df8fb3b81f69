package org.wastetrail.jobs.export;

import java.util.List;
import java.util.Set;

/**
 * Which rows of a table are exported, by the value of one column: only the listed values, or all but them.
 *
 * @param column the column looked at; a table without it keeps every row
 * @param values the values listed
 * @param keepListed true: keep only rows with a listed value; false: drop them
 * @param reason why, for the README
 */
public record RowFilter(String column, Set<String> values, boolean keepListed, String reason) {
  public RowFilter {
    values = Set.copyOf(values);
  }

  public static RowFilter only(String column, Set<String> values, String reason) {
    return new RowFilter(column, values, true, reason);
  }

  public static RowFilter without(String column, String value, String reason) {
    return new RowFilter(column, Set.of(value), false, reason);
  }

  boolean keeps(Table table, List<String> row) {
    int index = table.column(column);
    return index < 0 || values.contains(row.get(index)) == keepListed;
  }

  /** For the README: {@code rows with dimension TRADER are left out (...)}. */
  String describe() {
    String listed = String.join(", ", values.stream().sorted().toList());
    return (keepListed ? "only rows with `" + column + "` in " : "rows with `" + column + "` = ") + listed
        + (keepListed ? " are exported" : " are left out") + ": " + reason;
  }
}
