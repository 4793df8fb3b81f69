package org.wastetrail.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's baseline: DuckDB doing the work an analyst would otherwise do with it, the four tables of the data
 * contract (kpi_by_period, by_waste_category, by_port, by_route) for every period type, from the input CSVs or from
 * the pipeline's Parquet warehouse. Prints the wall time of each phase as {@code load_ms=.. compute_ms=.. write_ms=..}.
 *
 * <pre>
 * DuckDbBaseline (--input DIR | --warehouse DIR) --out DIR [--threads N] [--reference DIR] [--memory-limit 4GB]
 * </pre>
 */
public final class DuckDbBaseline {
  /** Table name and its key columns after period_type and period. */
  static final Map<String, List<String>> TABLES = new LinkedHashMap<>();

  static {
    TABLES.put("kpi_by_period", List.of());
    TABLES.put("by_waste_category", List.of("waste_category"));
    TABLES.put("by_port", List.of("port"));
    TABLES.put("by_route", List.of("origin_country", "destination_country"));
  }

  private DuckDbBaseline() {}

  public static void main(String[] args) throws SQLException {
    Map<String, String> options = options(args);
    String input = options.get("--input");
    String warehouse = options.get("--warehouse");
    String out = options.get("--out");
    if ((input == null) == (warehouse == null) || out == null) {
      fail("usage: DuckDbBaseline (--input DIR | --warehouse DIR) --out DIR [--threads N] [--reference DIR]"
          + " [--memory-limit 4GB]");
    }
    Path source = Path.of(input != null ? input : warehouse);
    if (!Files.isDirectory(source)) {
      fail("no folder " + source);
    }
    Path reference = Path.of(options.getOrDefault("--reference", "jobs/src/main/resources/reference"));
    int threads = Integer.parseInt(options.getOrDefault("--threads",
        String.valueOf(Runtime.getRuntime().availableProcessors())));
    Map<String, String> values = Map.of("input", sqlPath(source), "warehouse", sqlPath(source),
        "reference", sqlPath(reference));
    try {
      Files.createDirectories(Path.of(out));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = db.createStatement()) {
      sql.execute("SET threads = " + threads);
      if (options.containsKey("--memory-limit")) {
        sql.execute("SET memory_limit = '" + options.get("--memory-limit").replace("'", "") + "'");
      }
      long start = System.nanoTime();
      run(sql, resource(input != null ? "load-csv.sql" : "load-parquet.sql"), values);
      long loaded = System.nanoTime();
      run(sql, resource("tables.sql"), values);
      long computed = System.nanoTime();
      String measures = resource("measures.sql");
      for (Map.Entry<String, List<String>> table : TABLES.entrySet()) {
        String keys = table.getValue().isEmpty() ? "" : ", " + String.join(", ", table.getValue());
        sql.execute("COPY (SELECT period_type, period" + keys + ", " + measures + " FROM periodic GROUP BY ALL"
            + " ORDER BY period_type, period" + keys + ") TO '" + sqlPath(Path.of(out, table.getKey() + ".csv"))
            + "' (HEADER, DELIMITER ',')");
      }
      long written = System.nanoTime();
      System.out.printf("load_ms=%d compute_ms=%d write_ms=%d threads=%d%n", (loaded - start) / 1_000_000,
          (computed - loaded) / 1_000_000, (written - computed) / 1_000_000, threads);
    }
  }

  /** Runs each statement of a script (separated by a semicolon at a line end) with ${name} replaced. */
  static void run(Statement sql, String script, Map<String, String> values) throws SQLException {
    for (Map.Entry<String, String> value : values.entrySet()) {
      script = script.replace("${" + value.getKey() + "}", value.getValue());
    }
    for (String statement : script.split(";\\s*\\n")) {
      String trimmed = statement.lines().filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + "\n" + b)
          .strip();
      if (!trimmed.isEmpty()) {
        sql.execute(trimmed.endsWith(";") ? trimmed.substring(0, trimmed.length() - 1) : trimmed);
      }
    }
  }

  static String resource(String name) {
    try (InputStream in = DuckDbBaseline.class.getResourceAsStream("/sql/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sqlPath(Path path) {
    return path.toAbsolutePath().toString().replace("'", "''");
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        fail("unexpected argument '" + args[i] + "'");
      }
      options.put(args[i], args[++i]);
    }
    return options;
  }

  static void fail(String message) {
    System.err.println("error: " + message);
    System.exit(2);
  }
}
