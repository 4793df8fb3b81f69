package org.wastetrail.jobs.ingest;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.wastetrail.jobs.io.Warehouse;

/**
 * Reads and writes the record tables of the warehouse with their explicit schemas. Dated kinds are partitioned by
 * year and month, one file per partition, rows sorted by id, so the same records always give the same files.
 */
public final class WarehouseTables {
  private WarehouseTables() {}

  /** The table of a kind; empty (with its schema) when the warehouse has none yet. */
  public static Dataset<Row> read(SparkSession spark, Warehouse warehouse, RecordKind kind) {
    return warehouse.hasTable(kind.table())
        ? spark.read().schema(IngestSchemas.warehouse(kind)).parquet(warehouse.table(kind.table()).toString())
        : spark.createDataFrame(List.of(), IngestSchemas.warehouse(kind));
  }

  /** A table written at {@code location} (a staged one). */
  static Dataset<Row> readAt(SparkSession spark, RecordKind kind, Path location) {
    return spark.read().schema(IngestSchemas.warehouse(kind)).parquet(location.toString());
  }

  /**
   * Writes the rows as they are partitioned, without moving them between tasks: each task's rows sorted by year,
   * month and id, one file per task and month. Parsed input has one task per file (or per part of a large file read
   * by fewer files than cores), so a month that arrives in one file is one file (or one per part); the same files on
   * the same cores always give the same files. Undated kinds are small and written as one file.
   */
  static void writeByFile(Dataset<Row> table, RecordKind kind, Path location) {
    if (!kind.isDated()) {
      write(table, kind, location);
      return;
    }
    table.sortWithinPartitions(col(IngestSchemas.YEAR), col(IngestSchemas.MONTH), col(kind.idColumn()))
        .write()
        .partitionBy(IngestSchemas.YEAR, IngestSchemas.MONTH)
        .parquet(location.toString());
  }

  /** Writes the rows gathered by year and month: one file per partition, rows sorted by id. */
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
