package org.wastetrail.jobs.quality;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.wastetrail.jobs.ingest.BatchLog;

/**
 * {@code data_quality}: one row per ingested input file from the warehouse's batch log: rows read, accepted,
 * quarantined (with the count per reason code) and replaced, and whether rows were conserved.
 */
public final class DataQuality {
  private DataQuality() {}

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
}
