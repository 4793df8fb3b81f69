package org.wastetrail.jobs.quality;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.wastetrail.jobs.ingest.BatchLog;

/**
 * {@code data_quality}: one row per ingested input file from the warehouse's batch log: rows read, accepted,
 * quarantined (with the count per reason code) and replaced, and whether rows were conserved.
 */
public final class DataQuality {
  private static final List<String> COPIED = List.of(BatchLog.SOURCE_FILE, BatchLog.KIND, BatchLog.BATCH_ID,
      BatchLog.INGESTED_AT, BatchLog.SHA256, BatchLog.SIZE_BYTES, BatchLog.ROWS_READ, BatchLog.ROWS_ACCEPTED,
      BatchLog.ROWS_QUARANTINED, BatchLog.ROWS_REPLACED);

  private DataQuality() {}

  /** The table in Spark: the batch log's columns, the reasons as {@code CODE=n;CODE=n} by code, rows conserved. */
  public static Dataset<Row> fromBatchLog(Dataset<Row> batchLog) {
    return batchLog.select(
        col(BatchLog.SOURCE_FILE), col(BatchLog.KIND), col(BatchLog.BATCH_ID), col(BatchLog.INGESTED_AT),
        col(BatchLog.SHA256), col(BatchLog.SIZE_BYTES), col(BatchLog.ROWS_READ), col(BatchLog.ROWS_ACCEPTED),
        col(BatchLog.ROWS_QUARANTINED), col(BatchLog.ROWS_REPLACED),
        expr("array_join(transform(array_sort(map_entries(" + BatchLog.QUARANTINE_REASONS
            + ")), e -> concat(e.key, '=', cast(e.value as string))), ';')").as(BatchLog.QUARANTINE_REASONS),
        col(BatchLog.ROWS_READ).equalTo(col(BatchLog.ROWS_ACCEPTED).plus(col(BatchLog.ROWS_QUARANTINED)))
            .as("rows_conserved"));
  }

  /** The columns of {@link #fromBatchLog}. */
  public static StructType schema(Dataset<Row> batchLog) {
    return fromBatchLog(batchLog).schema();
  }

  /**
   * The same rows as {@link #fromBatchLog}, made on the driver from the batch log's rows (one per input file, already
   * collected for the manifest), in their order: a Spark job for a table this small cost a few hundred ms.
   */
  public static List<Row> rows(List<Row> batchLog) {
    List<Row> rows = new ArrayList<>(batchLog.size());
    for (Row log : batchLog) {
      List<Object> values = new ArrayList<>();
      COPIED.forEach(c -> values.add(log.getAs(c)));
      // Reason codes are ASCII, so their natural order is array_sort's (by key; keys are unique).
      Map<String, Long> reasons = new TreeMap<>(javaMap(log.getAs(BatchLog.QUARANTINE_REASONS)));
      StringBuilder joined = new StringBuilder();
      reasons.forEach((code, n) -> joined.append(joined.isEmpty() ? "" : ";").append(code).append('=').append(n));
      values.add(joined.toString());
      long read = log.getAs(BatchLog.ROWS_READ);
      long accepted = log.getAs(BatchLog.ROWS_ACCEPTED);
      long quarantined = log.getAs(BatchLog.ROWS_QUARANTINED);
      values.add(read == accepted + quarantined);
      rows.add(RowFactory.create(values.toArray()));
    }
    return rows;
  }

  private static Map<String, Long> javaMap(scala.collection.Map<String, Long> map) {
    return scala.jdk.javaapi.CollectionConverters.asJava(map);
  }
}
