package org.wastetrail.jobs.analyze;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What analyze wrote: rows per report-data table, the data's date range (null when the warehouse is empty), the as-of
 * date, and where the tables are.
 */
public record AnalyzeResult(
    Map<String, Long> tableRows, LocalDate firstDate, LocalDate lastDate, LocalDate asOf, String dataFolder) {

  public AnalyzeResult {
    tableRows = Collections.unmodifiableMap(new LinkedHashMap<>(tableRows));
  }
}
