package org.wastetrail.jobs.io;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wastetrail.jobs.aggregate.PeriodAggregates;

/**
 * Writes a report-data table as one CSV file, rows in a total order, numbers written plainly: exact decimals (kg) with
 * at most 3 decimals, rates with 10 significant digits, empty for null. The same data always gives the same bytes.
 * Text that a spreadsheet would run as a formula is neutralised ({@link SpreadsheetSafe}).
 */
public final class DataTableWriter {
  private static final Logger LOG = LoggerFactory.getLogger(DataTableWriter.class);
  private static final MathContext RATE_DIGITS = new MathContext(10, RoundingMode.HALF_EVEN);

  private final HadoopFiles files;
  private final Path folder;

  public DataTableWriter(HadoopFiles files, Path folder) {
    this.files = files;
    this.folder = folder;
  }

  public Path folder() {
    return folder;
  }

  /**
   * Writes {@code name.csv}, sorted by the given columns (which must make the order total); returns the rows written.
   */
  public long write(String name, Dataset<Row> table, String... sortColumns) {
    Column[] order = new Column[sortColumns.length];
    for (int i = 0; i < sortColumns.length; i++) {
      order[i] = table.col(sortColumns[i]).asc_nulls_first();
    }
    return writeOrdered(name, table, order);
  }

  /**
   * Writes {@code name.csv} in an order given by expressions (e.g. a vocabulary's own order rather than the
   * alphabet), which must make the order total; returns the rows written.
   */
  public long writeOrdered(String name, Dataset<Row> table, Column... order) {
    long started = System.nanoTime();
    Iterator<Row> rows = table.repartition(1).sortWithinPartitions(order).toLocalIterator();
    return print(name, table.schema(), rows, started);
  }

  /**
   * Writes {@code name.csv} from rows computed on the driver, already in the table's total order; returns the rows
   * written. For small tables derived from collected aggregates: no Spark job, no shipping the rows back to a task.
   */
  public long writeRows(String name, StructType schema, List<Row> rows) {
    return print(name, schema, rows.iterator(), System.nanoTime());
  }

  /**
   * Writes {@code name.csv} from rows computed on the driver, sorted here by the given columns as {@link #write} sorts
   * them in Spark (ascending, nulls first, text by code point); returns the rows written.
   */
  public long writeRows(String name, StructType schema, List<Row> rows, String... sortColumns) {
    long started = System.nanoTime();
    List<Row> sorted = new ArrayList<>(rows);
    sorted.sort(order(schema, sortColumns));
    return print(name, schema, sorted.iterator(), started);
  }

  /** Ascending by the given columns, nulls first, text by code point (UTF-8 byte order, as Spark sorts). */
  public static Comparator<Row> order(StructType schema, String... columns) {
    int[] cells = new int[columns.length];
    for (int i = 0; i < columns.length; i++) {
      cells[i] = schema.fieldIndex(columns[i]);
    }
    return (a, b) -> {
      for (int cell : cells) {
        int c = compareCells(a.get(cell), b.get(cell));
        if (c != 0) {
          return c;
        }
      }
      return 0;
    };
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compareCells(Object x, Object y) {
    if (x == null || y == null) {
      return x == null ? (y == null ? 0 : -1) : 1;
    }
    if (x instanceof String sx) {
      return PeriodAggregates.compareStrings(sx, (String) y);
    }
    return ((Comparable) x).compareTo(y);
  }

  private long print(String name, StructType schema, Iterator<Row> rows, long started) {
    StructField[] fields = schema.fields();
    files.mkdirs(folder);
    long count = 0;
    try (Writer writer = new OutputStreamWriter(files.create(new Path(folder, name + ".csv")), StandardCharsets.UTF_8);
         CSVPrinter printer = new CSVPrinter(writer,
             CSVFormat.RFC4180.builder().setHeader(schema.fieldNames()).setRecordSeparator('\n').get())) {
      Object[] cells = new Object[fields.length];
      while (rows.hasNext()) {
        Row row = rows.next();
        for (int i = 0; i < fields.length; i++) {
          cells[i] = row.isNullAt(i) ? "" : format(fields[i].dataType(), row.get(i));
        }
        printer.printRecord(cells);
        count++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + name + ".csv in " + folder, e);
    }
    LOG.info("{}.csv: {} rows in {} ms", name, count, (System.nanoTime() - started) / 1_000_000);
    return count;
  }

  static String format(DataType type, Object value) {
    if (type instanceof DecimalType) {
      return plain(((BigDecimal) value).setScale(3, RoundingMode.HALF_UP));
    }
    if (type.equals(DataTypes.DoubleType) || type.equals(DataTypes.FloatType)) {
      double d = ((Number) value).doubleValue();
      return Double.isFinite(d) ? plain(new BigDecimal(d).round(RATE_DIGITS)) : "";
    }
    if (type.equals(DataTypes.StringType)) {
      return SpreadsheetSafe.text((String) value);
    }
    return value.toString();
  }

  /** A decimal as the report data writes it: no exponent, no trailing zeros, {@code 0} for zero. */
  public static String plain(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }
}
