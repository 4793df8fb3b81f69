package org.wastetrail.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wastetrail.jobs.testing.RemoteLikeFileSystem.location;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.wastetrail.jobs.testing.RemoteLikeFileSystem;
import org.wastetrail.jobs.testing.SharedSpark;

/**
 * The pipeline on a file system other than the local one ({@code wtest:}, the local disk under another scheme, as
 * hdfs: or s3a: would be): it must read, write and render there exactly what it does on local paths, also with a
 * different number of shuffle partitions.
 */
@ExtendWith(SharedSpark.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FileSystemsIT {
  @TempDir static Path tmp;

  private Path localOut;
  private Path remoteOut;
  private long filesCreated;
  private long filesOpened;
  private String runOutput;
  private SparkSession spark;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return WastetrailCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @BeforeAll
  void runLocallyAndOnTheOtherFileSystem(SparkSession spark) {
    this.spark = spark;
    Path input = tmp.resolve("in");
    assertEquals(0, run("generate", "--out", input.toString(), "--declarations", "3000", "--from", "2023-01",
        "--to", "2024-06", "--seed", "11"), err::toString);
    localOut = tmp.resolve("local");
    assertEquals(0, run("run", "--input", input.toString(), "--out", localOut.toString()), err::toString);

    remoteOut = tmp.resolve("remote");
    long created = RemoteLikeFileSystem.FILES_CREATED.get();
    long opened = RemoteLikeFileSystem.FILES_OPENED.get();
    assertEquals(0, run("run", "--input", location(input), "--out", location(remoteOut),
        "--conf", "spark.sql.shuffle.partitions=7"), err::toString);
    runOutput = out.toString();
    filesCreated = RemoteLikeFileSystem.FILES_CREATED.get() - created;
    filesOpened = RemoteLikeFileSystem.FILES_OPENED.get() - opened;
  }

  @AfterAll
  void restoreSharedSession() {
    spark.conf().set("spark.sql.shuffle.partitions", "2");
  }

  @Test
  @DisplayName("every report-data table is byte-identical to the local run's (data_quality: but for the run's id)")
  void sameTables() throws IOException {
    List<String> tables = csvFiles(localOut.resolve("data"));
    assertEquals(tables, csvFiles(remoteOut.resolve("data")));
    assertTrue(tables.size() >= 20, tables::toString);
    for (String table : tables) {
      if (table.equals("data_quality.csv")) {
        assertEquals(withoutRunIdentity(localOut.resolve("data").resolve(table)),
            withoutRunIdentity(remoteOut.resolve("data").resolve(table)));
      } else {
        assertArrayEquals(Files.readAllBytes(localOut.resolve("data").resolve(table)),
            Files.readAllBytes(remoteOut.resolve("data").resolve(table)), table);
      }
    }
  }

  @Test
  @DisplayName("the input was read and every output written through the other file system, nothing beside it")
  void throughFileSystem() throws IOException {
    int outputs = csvFiles(remoteOut.resolve("data")).size();
    try (Stream<Path> reports = Files.list(remoteOut.resolve("reports"))) {
      outputs += (int) reports.count();
    }
    assertTrue(filesCreated >= outputs, filesCreated + " files created through wtest:, " + outputs + " written");
    assertTrue(filesOpened >= csvFiles(tmp.resolve("in")).size(), "files opened through wtest: " + filesOpened);
    assertFalse(Files.exists(Path.of(RemoteLikeFileSystem.SCHEME + ":")), "a wtest: path was taken for a local one");
    assertTrue(runOutput.contains("wtest:" + remoteOut.resolve("reports").resolve("index.html")), runOutput);
  }

  @Test
  @DisplayName("reports rendered from data on the other file system are published there, the index kept")
  void reportsPublished() throws IOException {
    Path reports = remoteOut.resolve("reports");
    assertEquals(List.of("index.html", "reports.json"), Stream.of("index.html", "reports.json")
        .filter(name -> Files.isRegularFile(reports.resolve(name))).toList());
    assertEquals(fileNames(localOut.resolve("reports")), fileNames(reports));

    assertEquals(0, run("report", "--data", location(remoteOut.resolve("data")), "--out", location(reports),
        "--type", "targeting", "--lang", "zh-CN"), err::toString);
    List<String> after = fileNames(reports);
    assertTrue(after.stream().anyMatch(n -> n.startsWith("targeting-") && n.endsWith("-zh-CN.pdf")), after::toString);
    String index = Files.readString(reports.resolve("index.html"));
    assertTrue(index.contains("-zh-CN.html") && index.contains("-en.html"), "the index lists old and new reports");
  }

  @Test
  @DisplayName("export reads and writes there too, and refuses a package inside the data folder")
  void export() {
    Path exchange = tmp.resolve("exchange");
    assertEquals(0, run("export", "--data", location(remoteOut.resolve("data")), "--out", location(exchange)),
        err::toString);
    assertTrue(Files.isRegularFile(exchange.resolve("README.md")) && Files.isRegularFile(exchange.resolve(
        "by_route.json")));
    assertTrue(out.toString().contains(location(exchange)), out.toString());

    assertEquals(2, run("export", "--data", location(remoteOut.resolve("data")), "--out",
        location(remoteOut.resolve("data").resolve("pkg"))));
    assertTrue(err.toString().contains("is the --data folder or inside it"), err.toString());
  }

  private static List<String> csvFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList();
    }
  }

  private static List<String> fileNames(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()).sorted().toList();
    }
  }

  /** data_quality.csv without batch_id and ingested_at, which name the run. */
  private static List<List<String>> withoutRunIdentity(Path file) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(file)) {
      for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
          .parse(reader)) {
        List<String> row = new ArrayList<>(record.toMap().values());
        row.remove(record.get("batch_id"));
        row.remove(record.get("ingested_at"));
        rows.add(row);
      }
    }
    return rows;
  }
}
