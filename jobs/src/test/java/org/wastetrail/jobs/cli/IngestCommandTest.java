package org.wastetrail.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wastetrail.jobs.testing.InputFolder.DECLARATIONS_HEADER;
import static org.wastetrail.jobs.testing.InputFolder.declaration;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.wastetrail.jobs.testing.InputFolder;
import org.wastetrail.jobs.testing.SharedSpark;

@ExtendWith(SharedSpark.class)
class IngestCommandTest {
  @TempDir Path tmp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return WastetrailCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  @DisplayName("--help describes the commands and the exit codes")
  void help() {
    assertEquals(0, run("--help"));
    assertTrue(out.toString().contains("ingest"), out.toString());
    assertTrue(out.toString().contains("4   --strict was given and rows were quarantined"), out.toString());
  }

  @Test
  @DisplayName("an unknown option is a usage error (exit 2)")
  void usageError() {
    assertEquals(2, run("ingest", "--input", "x", "--warehouse", "y", "--colour"));
    assertTrue(err.toString().contains("Unknown option: '--colour'"), err.toString());
  }

  @Test
  @DisplayName("a missing input folder is one plain line and exit 3, no stack trace")
  void inputError(SparkSession spark) {
    assertEquals(3, run("ingest", "--input", tmp.resolve("nowhere").toString(), "--warehouse", tmp.toString()));
    assertEquals("error: input folder " + tmp.resolve("nowhere") + " does not exist\n", err.toString());
    assertFalse(spark.sparkContext().isStopped(), "a session the command did not create stays up");
  }

  @Test
  @DisplayName("--strict with a quarantined row exits 4; without it the summary shows the conservation")
  void strictAndSummary(SparkSession spark) {
    InputFolder input = new InputFolder(tmp.resolve("in"));
    input.write("declarations.csv", DECLARATIONS_HEADER, declaration("D1", "2024-01-05", "100"),
        declaration("D2", "2024-01-05", "abc"));
    String warehouse = tmp.resolve("w").toString();

    assertEquals(4, run("ingest", "--input", input.path(), "--warehouse", warehouse, "--strict"));
    assertTrue(out.toString().contains("--strict: 1 row(s) quarantined, so the warehouse was left unchanged."),
        out.toString());

    out.getBuffer().setLength(0);
    assertEquals(0, run("ingest", "--input", input.path(), "--warehouse", warehouse));
    String summary = out.toString();
    assertTrue(summary.contains("declarations.csv  declarations          2          1            1         0"), summary);
    assertTrue(summary.contains("  INVALID_NUMBER                        1"), summary);
    assertTrue(summary.contains("declarations 1 seizures 0 licences 0 campaigns 0"), summary);
  }
}
