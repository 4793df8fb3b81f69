package org.wastetrail.bench;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Checks that two folders hold the same four contract tables, so that the benchmark compares the same work: the same
 * rows (by key and period), every count and kg equal, rates equal to 9 significant digits, medians to the gram (one
 * side rounds a double to 3 decimals). {@code CompareTables PIPELINE_DATA DUCKDB_OUT}; exit 0 when they agree.
 */
public final class CompareTables {
  private static final List<String> MEASURES = List.of("seizures", "seized_kg", "seized_pieces", "declarations",
      "declared_kg", "inspections", "violations", "hit_rate", "seizures_per_1000_inspections", "median_seizure_kg",
      "largest_seizure_kg");
  private static final int SHOWN = 20;

  private CompareTables() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      DuckDbBaseline.fail("usage: CompareTables PIPELINE_DATA_DIR DUCKDB_OUT_DIR");
    }
    List<String> differences = new ArrayList<>();
    long rows = 0;
    for (Map.Entry<String, List<String>> table : DuckDbBaseline.TABLES.entrySet()) {
      List<String> keys = new ArrayList<>(List.of("period_type", "period"));
      keys.addAll(table.getValue());
      Map<String, CSVRecord> a = read(Path.of(args[0], table.getKey() + ".csv"), keys);
      Map<String, CSVRecord> b = read(Path.of(args[1], table.getKey() + ".csv"), keys);
      rows += a.size();
      for (String key : a.keySet()) {
        if (!b.containsKey(key)) {
          differences.add(table.getKey() + " " + key + ": only in " + args[0]);
        }
      }
      for (String key : b.keySet()) {
        if (!a.containsKey(key)) {
          differences.add(table.getKey() + " " + key + ": only in " + args[1]);
          continue;
        }
        for (String measure : MEASURES) {
          String x = a.get(key).get(measure);
          String y = b.get(key).get(measure);
          if (!same(measure, x, y)) {
            differences.add(table.getKey() + " " + key + " " + measure + ": " + x + " vs " + y);
          }
        }
      }
    }
    if (differences.isEmpty()) {
      System.out.printf("tables agree: %d tables, %d rows%n", DuckDbBaseline.TABLES.size(), rows);
      return;
    }
    System.out.printf("tables differ in %d places%s:%n", differences.size(),
        differences.size() > SHOWN ? " (first " + SHOWN + ")" : "");
    differences.stream().limit(SHOWN).forEach(d -> System.out.println("  " + d));
    System.exit(1);
  }

  static boolean same(String measure, String x, String y) {
    if (x.isEmpty() || y.isEmpty()) {
      return x.isEmpty() && y.isEmpty();
    }
    BigDecimal a = new BigDecimal(x);
    BigDecimal b = new BigDecimal(y);
    if (measure.equals("median_seizure_kg")) {
      return a.subtract(b).abs().compareTo(new BigDecimal("0.001")) <= 0;
    }
    if (measure.equals("hit_rate") || measure.equals("seizures_per_1000_inspections")) {
      double d = Math.abs(a.doubleValue() - b.doubleValue());
      return d <= 1e-9 * Math.max(Math.abs(a.doubleValue()), 1e-12);
    }
    return a.compareTo(b) == 0;
  }

  private static Map<String, CSVRecord> read(Path file, List<String> keys) throws IOException {
    if (!Files.isRegularFile(file)) {
      DuckDbBaseline.fail("no table " + file);
    }
    Map<String, CSVRecord> rows = new LinkedHashMap<>();
    try (Reader reader = Files.newBufferedReader(file)) {
      for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
        StringBuilder key = new StringBuilder();
        for (String k : keys) {
          key.append(key.isEmpty() ? "" : "/").append(record.get(k));
        }
        rows.put(key.toString(), record);
      }
    }
    return rows;
  }
}
