package org.wastetrail.jobs.ingest;

import static org.apache.spark.sql.functions.col;

import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Writes a warehouse table: dated kinds partitioned by year and month, one file per partition, rows sorted by id. */
final class WarehouseWriter {
  private WarehouseWriter() {}

  static void write(Dataset<Row> table, RecordKind kind, Path location) {
    if (kind.isDated()) {
      table.repartition(col(IngestSchemas.YEAR), col(IngestSchemas.MONTH))
          .sortWithinPartitions(kind.idColumn())
          .write()
          .partitionBy(IngestSchemas.YEAR, IngestSchemas.MONTH)
          .parquet(location.toString());
    } else {
      table.repartition(1).sortWithinPartitions(kind.idColumn()).write().parquet(location.toString());
    }
  }
}
