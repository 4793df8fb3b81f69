package org.wastetrail.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wastetrail.jobs.testing.InputFolder.DECLARATIONS_HEADER;
import static org.wastetrail.jobs.testing.InputFolder.declaration;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

  @Test
  @DisplayName("many files skipped as already ingested: one line per kind, a renamed copy on its own; the kind fits")
  void skippedFilesGrouped() throws Exception {
    InputFolder input = new InputFolder(tmp.resolve("in"));
    for (int month = 1; month <= 6; month++) {
      input.write(String.format("declarations-2024-%02d.csv", month), DECLARATIONS_HEADER,
          declaration("D" + month, String.format("2024-%02d-05", month), "100"));
    }
    String warehouse = tmp.resolve("w").toString();
    assertEquals(0, run("ingest", "--input", input.path(), "--warehouse", warehouse));

    input.write("declarations-2024-07.csv", DECLARATIONS_HEADER, declaration("D7", "2024-07-05", "100"),
        declaration("D8", "2024-07-06", "abc"));
    Files.copy(tmp.resolve("in/declarations-2024-01.csv"), tmp.resolve("in/declarations-copy.csv"));
    Files.copy(tmp.resolve("in/declarations-2024-07.csv"), tmp.resolve("in/declarations-x.csv"));
    Files.writeString(tmp.resolve("in/notes.txt"), "not an input");
    out.getBuffer().setLength(0);
    assertEquals(0, run("ingest", "--input", input.path(), "--warehouse", warehouse));
    List<String> lines = out.toString().lines().toList();
    assertEquals(List.of(
        "file                      kind               read   accepted  quarantined  replaced",
        "declarations-2024-07.csv  declarations          2          1            1         0",
        "6 files                   declarations already ingested: skipped"
            + " (declarations-2024-01.csv ... declarations-2024-06.csv)",
        "total                                           2          1            1         0"),
        lines.stream().filter(IngestCommandTest::ownLine).limit(4).toList(), out.toString());
    assertTrue(lines.contains("declarations-x.csv        declarations already ingested as declarations-2024-07.csv"
        + " (this batch): skipped"), out.toString());
    assertTrue(lines.stream().anyMatch(line -> line.matches("declarations-copy\\.csv     declarations already ingested"
        + " as declarations-2024-01\\.csv \\(batch \\w+\\): skipped")), out.toString());
    assertTrue(lines.contains("note: notes.txt is not an input file name"
        + " (declarations*, seizures*, licences*, campaigns*, trade_baseline*.csv): ignored"), out.toString());

    input.write("trade_baseline.csv", "reporter_country,year,flow,hs_prefix,tonnes,source",
        "AF,2017,EXPORT,3915,104.365,UN Comtrade via Our World in Data");
    out.getBuffer().setLength(0);
    assertEquals(0, run("ingest", "--input", input.path(), "--warehouse", warehouse));
    lines = out.toString().lines().toList();
    assertEquals(List.of(
        "file                      kind                 read   accepted  quarantined  replaced",
        "trade_baseline.csv        trade_baseline          1          1            0         0",
        "7 files                   declarations   already ingested: skipped"
            + " (declarations-2024-01.csv ... declarations-2024-07.csv)"),
        lines.stream().filter(IngestCommandTest::ownLine).limit(3).toList(), out.toString());
  }

  /** Not a line of a copy skipped under another name (those keep their own lines, wherever they fall). */
  private static boolean ownLine(String line) {
    return !line.startsWith("declarations-copy.csv") && !line.startsWith("declarations-x.csv");
  }
}
