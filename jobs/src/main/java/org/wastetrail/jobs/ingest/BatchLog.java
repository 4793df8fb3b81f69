package org.wastetrail.jobs.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
      DataTypes.createStructField(CODE_VERSION, DataTypes.StringType, false)));

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

  /** Content hash to the file and batch of every file already ingested. The log is small: one row per file. */
  public Map<String, FileSummary.IngestedAs> ingestedHashes() {
    Map<String, FileSummary.IngestedAs> known = new HashMap<>();
    for (Row row : read().select(SHA256, SOURCE_FILE, BATCH_ID).collectAsList()) {
      known.putIfAbsent(row.getString(0), new FileSummary.IngestedAs(row.getString(1), row.getString(2)));
    }
    return known;
  }

  /** The log with this batch's files added. */
  public Dataset<Row> withBatch(String batchId, String ingestedAt, String codeVersion, List<FileSummary> files) {
    List<Row> rows = new ArrayList<>();
    for (FileSummary f : files) {
      if (f.skipped()) {
        continue;
      }
      rows.add(RowFactory.create(batchId, ingestedAt, f.file().name(), f.file().kind().table(), f.file().sha256(),
          f.file().sizeBytes(), f.rowsRead(), f.rowsAccepted(), f.rowsQuarantined(), f.rowsReplaced(),
          f.quarantineReasons(),
          f.file().unknownColumns().toArray(new String[0]), codeVersion));
    }
    return read().unionByName(spark.createDataFrame(rows, SCHEMA));
  }
}
