package org.wastetrail.reports.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** The report-data folder of a run: the tables analyze wrote and its manifest. */
public record ReportData(
    Path folder,
    DataTable kpi,
    DataTable byWasteCategory,
    DataTable byPort,
    DataTable byRoute,
    DataTable emergingRoutes,
    DataTable alerts,
    DataTable largestSeizures,
    DataTable dataQuality,
    DataTable tradeExposure,
    JsonNode manifest) {
  static final String TRADE_EXPOSURE = "trade_exposure";

  public static ReportData read(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new ReportDataException("report data folder " + folder + " does not exist");
    }
    JsonNode manifest;
    try {
      manifest = new ObjectMapper().readTree(folder.resolve("manifest.json").toFile());
    } catch (IOException e) {
      throw new ReportDataException("cannot read manifest.json in " + folder + ": " + e.getMessage());
    }
    return new ReportData(folder, DataTable.read(folder, "kpi_by_period"), DataTable.read(folder, "by_waste_category"),
        DataTable.read(folder, "by_port"), DataTable.read(folder, "by_route"),
        DataTable.read(folder, "emerging_routes"), DataTable.read(folder, "alerts"),
        DataTable.read(folder, "largest_seizures"), DataTable.read(folder, "data_quality"),
        // Report data written before trade baselines existed has no such table: read as empty.
        Files.exists(folder.resolve(TRADE_EXPOSURE + ".csv")) ? DataTable.read(folder, TRADE_EXPOSURE)
            : DataTable.empty(TRADE_EXPOSURE),
        manifest);
  }

  /** The last record date of the data, or {@code null} when the data is empty. */
  public LocalDate lastRecordDate() {
    JsonNode last = manifest.at("/data_range/last_record_date");
    return last.isMissingNode() || last.isNull() ? null : LocalDate.parse(last.asText());
  }
}
