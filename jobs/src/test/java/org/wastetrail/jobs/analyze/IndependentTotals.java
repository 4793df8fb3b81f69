package org.wastetrail.jobs.analyze;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The contract tables computed straight from input CSV files with commons-csv and plain Java, without Spark and
 * without the project's code, to check analyze against. Assumes every row of the input is valid.
 */
final class IndependentTotals {
  /** Measures of one key and period, in the contract's order. */
  static final class Measures {
    long seizures;
    BigDecimal seizedKg = BigDecimal.ZERO;
    long seizedPieces;
    long declarations;
    BigDecimal declaredKg = BigDecimal.ZERO;
    long inspections;
    long violations;

    /** The row as analyze writes it: kg with at most 3 decimals, hit rate from exact counts. */
    List<String> formatted() {
      String hitRate = inspections == 0 ? ""
          : new BigDecimal(violations).divide(new BigDecimal(inspections), 10, RoundingMode.HALF_EVEN)
              .stripTrailingZeros().toPlainString();
      return List.of(String.valueOf(seizures), kg(seizedKg), String.valueOf(seizedPieces), String.valueOf(declarations),
          kg(declaredKg), String.valueOf(inspections), String.valueOf(violations), hitRate);
    }

    private static String kg(BigDecimal value) {
      BigDecimal rounded = value.setScale(3, RoundingMode.HALF_UP);
      return rounded.signum() == 0 ? "0" : rounded.stripTrailingZeros().toPlainString();
    }
  }

  /** table name → "period_type,period,key..." → measures. */
  final Map<String, Map<String, Measures>> tables = new TreeMap<>();
  private final Map<String, String> hsPrefixes = new TreeMap<>();

  IndependentTotals(Path inputDir, Path hsWasteMap) throws IOException {
    for (CSVRecord r : read(hsWasteMap)) {
      hsPrefixes.put(r.get("hs_prefix"), r.get("waste_category"));
    }
    try (Stream<Path> files = Files.list(inputDir)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.startsWith("declarations") && name.endsWith(".csv")) {
          for (CSVRecord r : read(file)) {
            addDeclaration(r);
          }
        } else if (name.startsWith("seizures") && name.endsWith(".csv")) {
          for (CSVRecord r : read(file)) {
            addSeizure(r);
          }
        }
      }
    }
  }

  private void addDeclaration(CSVRecord r) {
    String result = r.get("inspection_result");
    String category = categoryOf(r.get("hs_code"));
    for (String key : keys(r.get("declaration_date"), category, r.get("port"), r.get("origin_country"),
        r.get("destination_country"))) {
      Measures m = measures(key);
      m.declarations++;
      m.declaredKg = m.declaredKg.add(new BigDecimal(r.get("gross_kg")));
      if (!result.equals("NOT_INSPECTED")) {
        m.inspections++;
      }
      if (result.equals("VIOLATION")) {
        m.violations++;
      }
    }
  }

  private void addSeizure(CSVRecord r) {
    for (String key : keys(r.get("seizure_date"), r.get("waste_category"), r.get("port"), r.get("origin_country"),
        r.get("destination_country"))) {
      Measures m = measures(key);
      m.seizures++;
      if (!r.get("quantity_kg").isEmpty()) {
        m.seizedKg = m.seizedKg.add(new BigDecimal(r.get("quantity_kg")));
      }
      if (!r.get("pieces").isEmpty()) {
        m.seizedPieces += Long.parseLong(r.get("pieces"));
      }
    }
  }

  /** "table|period_type,period,key" for each table and period type a record counts in. */
  private static List<String> keys(String date, String category, String port, String origin, String destination) {
    LocalDate d = LocalDate.parse(date);
    List<String> periods = List.of("MONTH," + date.substring(0, 7),
        "QUARTER," + d.getYear() + "-Q" + ((d.getMonthValue() - 1) / 3 + 1), "YEAR," + d.getYear());
    List<String> keys = new ArrayList<>();
    for (String period : periods) {
      keys.add("kpi_by_period|" + period);
      keys.add("by_waste_category|" + period + "," + category);
      keys.add("by_port|" + period + "," + port);
      keys.add("by_route|" + period + "," + origin + "," + destination);
    }
    return keys;
  }

  private Measures measures(String tableAndKey) {
    String[] parts = tableAndKey.split("\\|", 2);
    return tables.computeIfAbsent(parts[0], t -> new TreeMap<>()).computeIfAbsent(parts[1], k -> new Measures());
  }

  private String categoryOf(String hs) {
    for (int length = hs.length(); length >= 2; length--) {
      String category = hsPrefixes.get(hs.substring(0, length));
      if (category != null) {
        return category;
      }
    }
    return "OTHER";
  }

  static List<CSVRecord> read(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
    }
  }
}
