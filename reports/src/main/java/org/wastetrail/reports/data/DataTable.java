package org.wastetrail.reports.data;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** One report-data table ({@code OUT/data/NAME.csv}) read with commons-csv: rows of text cells by column name. */
public final class DataTable {
  private final String name;
  private final List<Row> rows;

  private DataTable(String name, List<Row> rows) {
    this.name = name;
    this.rows = List.copyOf(rows);
  }

  /** One row: its cells by column name, typed on access; a blank cell is {@code null}. */
  public record Row(Map<String, String> cells) {
    public String text(String column) {
      String value = cells.get(column);
      if (value == null && !cells.containsKey(column)) {
        throw new IllegalArgumentException("no column " + column + " in " + cells.keySet());
      }
      return value == null || value.isEmpty() ? null : value;
    }

    public long count(String column) {
      String value = text(column);
      return value == null ? 0 : Long.parseLong(value);
    }

    public BigDecimal decimal(String column) {
      String value = text(column);
      return value == null ? null : new BigDecimal(value);
    }

    public Double rate(String column) {
      String value = text(column);
      return value == null ? null : Double.valueOf(value);
    }
  }

  /** A table with no rows (one the report data does not have). */
  public static DataTable empty(String name) {
    return new DataTable(name, List.of());
  }

  public static DataTable read(Path folder, String name) {
    Path file = folder.resolve(name + ".csv");
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
         CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
      List<Row> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        rows.add(new Row(record.toMap()));
      }
      return new DataTable(name, rows);
    } catch (NoSuchFileException e) {
      throw new ReportDataException("the report data has no " + name + ".csv in " + folder
          + " (run 'wastetrail analyze' first)");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  public String name() {
    return name;
  }

  public List<Row> rows() {
    return rows;
  }
}
