package org.wastetrail.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report command's user errors: plain messages and the documented exit codes, no Spark involved. */
class ReportCommandTest {
  @TempDir Path tmp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return WastetrailCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  @DisplayName("a missing report-data folder is an input error (exit 3)")
  void missingData() {
    assertEquals(3, run("report", "--data", tmp.resolve("none").toString(), "--out", tmp.toString()));
    assertEquals("error: report data folder " + tmp.resolve("none") + " does not exist\n", err.toString());
  }

  @Test
  @DisplayName("an unknown language is a usage error (exit 2)")
  void badLanguage() {
    assertEquals(2, run("report", "--data", tmp.toString(), "--out", tmp.toString(), "--lang", "fr"));
    assertTrue(err.toString().contains("--lang must be one of [en, zh-CN], not 'fr'"), err.toString());
  }

  @Test
  @DisplayName("each report type takes its own options: a missing or misplaced one is a usage error (exit 2)")
  void typeOptions() {
    String data = tmp.toString();
    assertEquals(2, run("report", "--data", data, "--out", data, "--type", "weekly"));
    assertTrue(err.toString().contains("--type must be one of [trend, operation, compare, targeting], not 'weekly'"),
        err.toString());
    assertEquals(2, run("report", "--data", data, "--out", data, "--type", "operation"));
    assertTrue(err.toString().contains("--type operation needs --campaign ID"), err.toString());
    assertEquals(2, run("report", "--data", data, "--out", data, "--type", "compare"));
    assertTrue(err.toString().contains("--type compare needs --campaigns A,B[,C]"), err.toString());
    assertEquals(2, run("report", "--data", data, "--out", data, "--type", "compare", "--campaigns", "A,B",
        "--period", "2024-Q3"));
    assertTrue(err.toString().contains("--period is for --type trend"), err.toString());
    assertEquals(2, run("report", "--data", data, "--out", data, "--campaign", "DEMETER-IX"));
    assertTrue(err.toString().contains("--campaign is for --type operation"), err.toString());
  }

  @Test
  @DisplayName("the targeting report takes no period and no campaign: either is a usage error (exit 2)")
  void targetingOptions() {
    String data = tmp.toString();
    assertEquals(2, run("report", "--data", data, "--out", data, "--type", "targeting", "--period", "2024-Q3"));
    assertTrue(err.toString().contains("--period is for --type trend"), err.toString());
    assertEquals(2, run("report", "--data", data, "--out", data, "--type", "targeting", "--campaign", "DEMETER-IX"));
    assertTrue(err.toString().contains("--campaign is for --type operation"), err.toString());
    assertEquals(2, run("report", "--data", data, "--out", data, "--type", "targeting", "--campaigns", "A,B"));
    assertTrue(err.toString().contains("--campaigns is for --type compare"), err.toString());
  }

  @Test
  @DisplayName("report data from before the targeting tables is an input error (exit 3) naming the missing table")
  void targetingBeforeItsTables() throws Exception {
    Path data = tmp.resolve("data");
    Files.createDirectories(data);
    Files.writeString(data.resolve("manifest.json"), "{\"data_range\": {\"last_record_date\": \"2024-12-31\"}}");
    for (String table : List.of("kpi_by_period", "by_waste_category", "by_port", "by_route", "emerging_routes",
        "alerts", "largest_seizures", "data_quality")) {
      Files.writeString(data.resolve(table + ".csv"), "period_type\n");
    }
    assertEquals(3, run("report", "--data", data.toString(), "--out", tmp.resolve("reports").toString(), "--type",
        "targeting"));
    assertEquals("error: the report data in " + data + " has no risk_scores.csv: it predates the targeting tables"
        + " (run 'wastetrail analyze' again to write them)\n", err.toString());
  }
}
