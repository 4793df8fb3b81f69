package org.wastetrail.jobs.analyze;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.wastetrail.jobs.ingest.BatchLog;

/**
 * {@code manifest.json}: run id, start and end time, code version, parameters, every input file in the warehouse
 * (SHA-256, rows read, accepted, quarantined), the data's date range and each report-data table with its row count.
 */
final class Manifest {
  private Manifest() {}

  static String json(String runId, String startedAt, String finishedAt, AnalyzeConfig config, AnalyzeResult result,
      List<Row> batchLog) {
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("run_id", runId);
    manifest.put("started_at", startedAt);
    manifest.put("finished_at", finishedAt);
    manifest.put("code_version", config.codeVersion());
    Map<String, Object> parameters = new LinkedHashMap<>(config.runParameters());
    parameters.put("warehouse", config.warehouse());
    parameters.put("out", config.out());
    parameters.put("from", config.from() == null ? null : config.from().toString());
    parameters.put("to", config.to() == null ? null : config.to().toString());
    parameters.put("as_of", config.asOf() == null ? null : config.asOf().toString());
    parameters.put("emerging_lookback_quarters", config.emergingLookback());
    parameters.put("largest_seizures_per_period", config.largestTop());
    parameters.put("against", config.against());
    parameters.put("backtest_cut_date", config.targeting().cutDate() == null ? null
        : config.targeting().cutDate().toString());
    parameters.put("backtest_budgets", config.targeting().budgets());
    parameters.put("overdue_after_days", config.targeting().overdueDays());
    manifest.put("parameters", parameters);
    Map<String, Object> range = new LinkedHashMap<>();
    range.put("first_record_date", result.firstDate() == null ? null : result.firstDate().toString());
    range.put("last_record_date", result.lastDate() == null ? null : result.lastDate().toString());
    range.put("as_of", result.asOf() == null ? null : result.asOf().toString());
    manifest.put("data_range", range);
    manifest.put("inputs", inputs(batchLog));
    List<Map<String, Object>> tables = new ArrayList<>();
    result.tableRows().forEach((name, rows) -> {
      Map<String, Object> table = new LinkedHashMap<>();
      table.put("name", name);
      table.put("file", name + ".csv");
      table.put("rows", rows);
      tables.add(table);
    });
    manifest.put("tables", tables);
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(manifest) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** @param batchLog the batch log's rows by ingestion time and file name */
  private static List<Map<String, Object>> inputs(List<Row> batchLog) {
    List<Map<String, Object>> inputs = new ArrayList<>();
    for (Row row : batchLog) {
      Map<String, Object> input = new LinkedHashMap<>();
      input.put("file", row.getAs(BatchLog.SOURCE_FILE));
      input.put("kind", row.getAs(BatchLog.KIND));
      input.put("sha256", row.getAs(BatchLog.SHA256));
      input.put("batch_id", row.getAs(BatchLog.BATCH_ID));
      input.put("ingested_at", row.getAs(BatchLog.INGESTED_AT));
      input.put("rows_read", row.getAs(BatchLog.ROWS_READ));
      input.put("rows_accepted", row.getAs(BatchLog.ROWS_ACCEPTED));
      input.put("rows_quarantined", row.getAs(BatchLog.ROWS_QUARANTINED));
      input.put("rows_replaced", row.getAs(BatchLog.ROWS_REPLACED));
      inputs.add(input);
    }
    return inputs;
  }
}
