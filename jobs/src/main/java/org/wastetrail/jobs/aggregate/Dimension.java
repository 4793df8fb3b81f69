package org.wastetrail.jobs.aggregate;

import java.util.List;

/** What a row of the period aggregates is grouped by, besides its period. */
public enum Dimension {
  ALL(List.of()),
  WASTE_CATEGORY(List.of(Facts.WASTE_CATEGORY)),
  PORT(List.of(Facts.PORT)),
  ROUTE(List.of(Facts.ORIGIN, Facts.DESTINATION)),
  /** Origin, destination and the transit countries in route order ({@code ""} when direct). */
  ROUTE_WITH_TRANSIT(List.of(Facts.ORIGIN, Facts.DESTINATION, Facts.TRANSIT));

  /** Every column some dimension groups by, in the order of {@code grouping_id}'s bits. */
  public static final List<String> ALL_KEY_COLUMNS =
      List.of(Facts.WASTE_CATEGORY, Facts.PORT, Facts.ORIGIN, Facts.DESTINATION, Facts.TRANSIT);

  private final List<String> keyColumns;

  Dimension(List<String> keyColumns) {
    this.keyColumns = keyColumns;
  }

  public List<String> keyColumns() {
    return keyColumns;
  }

  /** The value of {@code grouping_id(ALL_KEY_COLUMNS)} for this dimension: a bit set for each column not grouped. */
  public int groupingId() {
    int id = 0;
    for (String column : ALL_KEY_COLUMNS) {
      id = (id << 1) | (keyColumns.contains(column) ? 0 : 1);
    }
    return id;
  }
}
