package org.wastetrail.jobs.testing;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.wastetrail.jobs.ingest.IngestSchemas;
import org.wastetrail.jobs.ingest.RecordKind;

/** Builds warehouse-shaped rows inline: name the columns that matter, the rest stays null. */
public final class WarehouseRows {
  private WarehouseRows() {}

  public static Row row(RecordKind kind, Map<String, Object> values) {
    StructType schema = IngestSchemas.warehouse(kind);
    Object[] cells = new Object[schema.size()];
    for (int i = 0; i < cells.length; i++) {
      StructField field = schema.fields()[i];
      Object value = values.get(field.name());
      if (value instanceof String s && field.dataType().typeName().equals("date")) {
        value = Date.valueOf(LocalDate.parse(s));
      } else if (value instanceof String s && field.dataType().typeName().startsWith("decimal")) {
        value = new BigDecimal(s);
      }
      cells[i] = value;
    }
    return RowFactory.create(cells);
  }

  public static Dataset<Row> table(SparkSession spark, RecordKind kind, List<Row> rows) {
    return spark.createDataFrame(rows, IngestSchemas.warehouse(kind));
  }

  /** A declaration: id, date, port, origin, destination, waste category, gross kg, inspection result. */
  public static Row declaration(String id, String date, String port, String origin, String destination,
      String category, String kg, String result) {
    String control = result.equals("NOT_INSPECTED") ? "NONE" : "RISK_TARGETED";
    return row(RecordKind.DECLARATIONS, Map.ofEntries(Map.entry("declaration_id", id),
        Map.entry("declaration_date", date), Map.entry("reporting_country", port.substring(0, 2)),
        Map.entry("port", port), Map.entry("direction", "IMPORT"), Map.entry("origin_country", origin),
        Map.entry("destination_country", destination), Map.entry("hs_code", "391590"),
        Map.entry("gross_kg", kg), Map.entry("trader_id", "T1"), Map.entry("control_type", control),
        Map.entry("inspection_result", result), Map.entry("waste_category", category)));
  }

  /** A seizure: id, date, port, origin, destination, waste category, kg (or null), pieces (or null). */
  public static Row seizure(String id, String date, String port, String origin, String destination,
      String category, String kg, Long pieces) {
    java.util.HashMap<String, Object> values = new java.util.HashMap<>(Map.of("seizure_id", id, "seizure_date", date,
        "reporting_country", port.substring(0, 2), "port", port, "direction", "IMPORT", "origin_country", origin,
        "destination_country", destination, "conveyance", "SEA", "waste_category", category));
    values.put("detection_method", "RISK_PROFILING");
    values.put("outcome", "PENDING");
    if (kg != null) {
      values.put("quantity_kg", kg);
    }
    if (pieces != null) {
      values.put("pieces", pieces);
    }
    return row(RecordKind.SEIZURES, values);
  }
}
