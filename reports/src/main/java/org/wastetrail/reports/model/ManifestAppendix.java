package org.wastetrail.reports.model;

import static org.wastetrail.reports.model.Cells.code;
import static org.wastetrail.reports.model.Cells.number;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wastetrail.reports.data.ReportData;
import org.wastetrail.reports.model.Report.Cell;
import org.wastetrail.reports.model.Report.Table;

/** The appendix every report ends with: which run, code and data it was made from, and the tables it read. */
public final class ManifestAppendix {
  private ManifestAppendix() {}

  /** Adds {@code manifest.run}, {@code manifest.code}, {@code manifest.range} and {@code manifest.inputs} to texts. */
  public static void addTexts(ReportData data, Messages m, Map<String, String> texts) {
    JsonNode manifest = data.manifest();
    texts.put("manifest.run", m.get("manifest.run") + ": " + manifest.path("run_id").asText("–"));
    texts.put("manifest.code", m.get("manifest.code") + ": " + manifest.path("code_version").asText("–"));
    texts.put("manifest.range", m.format("manifest.range", manifest.at("/data_range/first_record_date").asText("–"),
        manifest.at("/data_range/last_record_date").asText("–")));
    texts.put("manifest.inputs", m.get("manifest.inputs") + ": "
        + new Formats(m.locale()).count(manifest.path("inputs").size()));
  }

  /** The report-data tables of the run with their row counts. */
  public static Table table(ReportData data, Messages m) {
    Formats f = new Formats(m.locale());
    List<List<Cell>> rows = new ArrayList<>();
    for (JsonNode table : data.manifest().path("tables")) {
      rows.add(List.of(code(table.path("file").asText(), false), number(f.count(table.path("rows").asLong()))));
    }
    return new Table(List.of(m.get("col.table"), m.get("col.rows")), rows, "");
  }
}
