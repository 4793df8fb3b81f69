package org.wastetrail.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wastetrail.jobs.testing.InputFolder.DECLARATIONS_HEADER;
import static org.wastetrail.jobs.testing.InputFolder.declaration;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wastetrail.jobs.io.CrashPoints;
import org.wastetrail.jobs.testing.ChildProcess;
import org.wastetrail.jobs.testing.InputFolder;
import org.wastetrail.jobs.testing.SharedSpark;

/** A process killed at any moment of an ingest leaves the previous warehouse whole, and the next run succeeds. */
@ExtendWith(SharedSpark.class)
class WarehouseCrashIT {
  private static final int BIG_BATCH_ROWS = 400_000;

  @TempDir Path tmp;

  private Path warehouse() {
    return tmp.resolve("warehouse");
  }

  private IngestResult ingest(SparkSession spark, InputFolder input) {
    return new IngestJob(spark, new IngestConfig(input.path(), warehouse().toString(),
        tmp.resolve("quarantine").toString(), false, "test")).run();
  }

  /** Reads the declarations table directly, as any Parquet reader would, without our recovery. */
  private long declarationsAsStored(SparkSession spark) {
    return spark.read().parquet(warehouse().resolve("declarations").toString()).count();
  }

  private InputFolder firstBatch(SparkSession spark) {
    InputFolder input = new InputFolder(tmp.resolve("in"));
    input.write("declarations-a.csv", DECLARATIONS_HEADER, declaration("D1", "2024-01-05", "100"),
        declaration("D2", "2024-02-05", "200"));
    assertTrue(ingest(spark, input).committed());
    return input;
  }

  private void writeBigBatch(InputFolder input) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(input.dir().resolve("declarations-big.csv"))) {
      out.write(DECLARATIONS_HEADER);
      out.newLine();
      for (int i = 0; i < BIG_BATCH_ROWS; i++) {
        out.write(declaration("B" + i, "2024-0" + (1 + i % 9) + "-1" + (i % 10), "1" + (i % 1000)));
        out.newLine();
      }
    }
  }

  private int runChild(InputFolder input, List<String> properties) throws Exception {
    Process child = ChildProcess.start(tmp.resolve("child.log"), properties, "ingest", "--input", input.path(),
        "--warehouse", warehouse().toString(), "--quarantine", tmp.resolve("quarantine").toString());
    assertTrue(child.waitFor(5, TimeUnit.MINUTES), "child finished");
    return child.exitValue();
  }

  @ParameterizedTest(name = "halted at {0}")
  @ValueSource(strings = {"after-commit-marker", "between-carried-partitions", "between-swaps"})
  @DisplayName("a process halted inside the commit is finished by the next run")
  void haltedInsideCommit(String point, SparkSession spark) throws Exception {
    InputFolder input = firstBatch(spark);
    input.write("declarations-b.csv", DECLARATIONS_HEADER, declaration("D3", "2024-03-05", "300"));

    int exit = runChild(input, List.of("-D" + CrashPoints.PROPERTY + "=" + point));

    assertEquals(137, exit, Files.readString(tmp.resolve("child.log")));
    assertTrue(Files.exists(warehouse().resolve("_COMMIT")), "the commit marker survives the crash");
    IngestResult next = ingest(spark, input);
    assertFalse(next.committed(), "both files are already in after recovery");
    assertEquals(3L, next.tableRows().get("declarations"));
    assertFalse(Files.exists(warehouse().resolve("_COMMIT")));
    assertFalse(Files.exists(warehouse().resolve("_staging")));
  }

  @Test
  @DisplayName("kill -9 at several moments of a large ingest never damages the warehouse")
  void killedAnyMoment(SparkSession spark) throws Exception {
    InputFolder input = firstBatch(spark);
    writeBigBatch(input);
    for (long delayMillis : new long[] {4_000, 9_000, 14_000}) {
      Process child = ChildProcess.start(tmp.resolve("child.log"), List.of(), "ingest", "--input", input.path(),
          "--warehouse", warehouse().toString(), "--quarantine", tmp.resolve("quarantine").toString());
      boolean finished = child.waitFor(delayMillis, TimeUnit.MILLISECONDS);
      if (!finished) {
        child.destroyForcibly().waitFor(); // SIGKILL
      }
      long stored = Files.exists(warehouse().resolve("_COMMIT"))
          ? -1 : declarationsAsStored(spark);
      assertTrue(stored == -1 || stored == 2 || stored == 2 + BIG_BATCH_ROWS,
          "after a kill at " + delayMillis + " ms the table holds the old or the new version, not " + stored);
      if (finished) {
        break;
      }
    }
    IngestResult last = ingest(spark, input);
    assertEquals(2L + BIG_BATCH_ROWS, last.tableRows().get("declarations"));
    assertEquals(2L + BIG_BATCH_ROWS, declarationsAsStored(spark));
  }
}
