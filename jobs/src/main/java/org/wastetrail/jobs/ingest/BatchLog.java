package org.wastetrail.jobs.ingest;

import static org.apache.spark.sql.functions.coalesce;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.wastetrail.jobs.io.Warehouse;

/**
 * The warehouse's {@code batch_log} table: one row per input file ever ingested, keyed by its SHA-256, with the row
 * counts that prove conservation and the quarantine reasons. Re-ingesting a file whose hash is here changes nothing.
 * The file's modification time is kept too, so that a file logged under the same name, size and time is known again
 * without reading it ({@link #known()}).
 */
public final class BatchLog {
  public static final String BATCH_ID = "batch_id";
  public static final String INGESTED_AT = "ingested_at";
  public static final String SOURCE_FILE = "source_file";
  public static final String KIND = "kind";
  public static final String SHA256 = "sha256";
  public static final String SIZE_BYTES = "size_bytes";
  public static final String ROWS_READ = "rows_read";
  public static final String ROWS_ACCEPTED = "rows_accepted";
  public static final String ROWS_QUARANTINED = "rows_quarantined";
  public static final String ROWS_REPLACED = "rows_replaced";
  public static final String QUARANTINE_REASONS = "quarantine_reasons";
  public static final String UNKNOWN_COLUMNS = "unknown_columns";
  public static final String CODE_VERSION = "code_version";
  /** The file's modification time when it was ingested, in epoch milliseconds; null in logs written before it. */
  public static final String MODIFIED_MS = "modified_ms";

  public static final StructType SCHEMA = DataTypes.createStructType(List.of(
      DataTypes.createStructField(BATCH_ID, DataTypes.StringType, false),
      DataTypes.createStructField(INGESTED_AT, DataTypes.StringType, false),
      DataTypes.createStructField(SOURCE_FILE, DataTypes.StringType, false),
      DataTypes.createStructField(KIND, DataTypes.StringType, false),
      DataTypes.createStructField(SHA256, DataTypes.StringType, false),
      DataTypes.createStructField(SIZE_BYTES, DataTypes.LongType, false),
      DataTypes.createStructField(ROWS_READ, DataTypes.LongType, false),
      DataTypes.createStructField(ROWS_ACCEPTED, DataTypes.LongType, false),
      DataTypes.createStructField(ROWS_QUARANTINED, DataTypes.LongType, false),
      DataTypes.createStructField(ROWS_REPLACED, DataTypes.LongType, false),
      DataTypes.createStructField(QUARANTINE_REASONS,
          DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType, false), false),
      DataTypes.createStructField(UNKNOWN_COLUMNS,
          DataTypes.createArrayType(DataTypes.StringType, false), false),
      DataTypes.createStructField(CODE_VERSION, DataTypes.StringType, false),
      DataTypes.createStructField(MODIFIED_MS, DataTypes.LongType, true)));
  /** A skipped file's name, hash and modification time, to fill in the time of its logged row. */
  private static final StructType STAMPS = DataTypes.createStructType(List.of(
      DataTypes.createStructField("_file", DataTypes.StringType, false),
      DataTypes.createStructField("_sha256", DataTypes.StringType, false),
      DataTypes.createStructField("_modified_ms", DataTypes.LongType, false)));

  private final SparkSession spark;
  private final Warehouse warehouse;

  public BatchLog(SparkSession spark, Warehouse warehouse) {
    this.spark = spark;
    this.warehouse = warehouse;
  }

  /** The log so far (empty for a new warehouse). */
  public Dataset<Row> read() {
    return warehouse.hasTable(Warehouse.BATCH_LOG)
        ? spark.read().schema(SCHEMA).parquet(warehouse.table(Warehouse.BATCH_LOG).toString())
        : spark.createDataFrame(List.of(), SCHEMA);
  }

  /** What the log knows of the files already ingested: by content hash and by name, size and modification time. */
  public Known known() {
    Map<String, FileSummary.IngestedAs> byHash = new HashMap<>();
    Map<InputFile.Stamp, String> byStamp = new HashMap<>();
    for (Row row : read().select(SHA256, SOURCE_FILE, BATCH_ID, SIZE_BYTES, MODIFIED_MS).collectAsList()) {
      byHash.putIfAbsent(row.getString(0), new FileSummary.IngestedAs(row.getString(1), row.getString(2)));
      if (!row.isNullAt(4)) {
        byStamp.put(new InputFile.Stamp(row.getString(1), row.getLong(3), row.getLong(4)), row.getString(0));
      }
    }
    return new Known(byHash, byStamp);
  }

  /**
   * The files of the log: {@code byHash} maps a content hash to the file and batch that first brought it;
   * {@code byStamp} maps a file's name, size and modification time to its hash, for the files logged with a time.
   */
  public record Known(Map<String, FileSummary.IngestedAs> byHash, Map<InputFile.Stamp, String> byStamp) {}

  /**
   * The log with this batch's files added. A skipped file that {@code logged} did not know by its stamp (logged before
   * modification times were kept, or touched since) gets its time on its logged row now (matched by name and hash),
   * so that the next run knows it without reading it; when every skipped file was known so, the log is not joined.
   */
  public Dataset<Row> withBatch(String batchId, String ingestedAt, String codeVersion, List<FileSummary> files,
      Known logged) {
    List<Row> rows = new ArrayList<>();
    List<Row> stamps = new ArrayList<>();
    for (FileSummary f : files) {
      if (f.skipped()) {
        if (!logged.byStamp().containsKey(f.file().stamp())) {
          stamps.add(RowFactory.create(f.file().name(), f.file().sha256(), f.file().modifiedMs()));
        }
        continue;
      }
      rows.add(RowFactory.create(batchId, ingestedAt, f.file().name(), f.file().kind().table(), f.file().sha256(),
          f.file().sizeBytes(), f.rowsRead(), f.rowsAccepted(), f.rowsQuarantined(), f.rowsReplaced(),
          f.quarantineReasons(),
          f.file().unknownColumns().toArray(new String[0]), codeVersion, f.file().modifiedMs()));
    }
    Dataset<Row> before = read();
    Dataset<Row> log = before;
    if (!stamps.isEmpty()) {
      Dataset<Row> seen = spark.createDataFrame(stamps, STAMPS);
      Column[] columns = Stream.of(SCHEMA.fieldNames())
          .map(c -> c.equals(MODIFIED_MS) ? coalesce(before.col(c), seen.col("_modified_ms")).as(c) : before.col(c))
          .toArray(Column[]::new);
      log = before.join(seen, before.col(SOURCE_FILE).equalTo(seen.col("_file"))
          .and(before.col(SHA256).equalTo(seen.col("_sha256"))), "left").select(columns);
    }
    return log.unionByName(spark.createDataFrame(rows, SCHEMA));
  }
}
