package org.wastetrail.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
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
    assertTrue(err.toString().contains("--type must be one of [trend, operation, compare], not 'weekly'"),
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
}
