package org.wastetrail.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wastetrail.jobs.testing.InputFolder.CAMPAIGNS_HEADER;
import static org.wastetrail.jobs.testing.InputFolder.DECLARATIONS_HEADER;
import static org.wastetrail.jobs.testing.InputFolder.LICENCES_HEADER;
import static org.wastetrail.jobs.testing.InputFolder.SEIZURES_HEADER;
import static org.wastetrail.jobs.testing.InputFolder.declaration;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.wastetrail.jobs.io.InputException;
import org.wastetrail.jobs.testing.InputFolder;
import org.wastetrail.jobs.testing.SharedSpark;

@ExtendWith(SharedSpark.class)
class IngestJobTest {
  @TempDir Path tmp;

  private IngestResult ingest(SparkSession spark, InputFolder input, boolean strict) {
    return new IngestJob(spark, new IngestConfig(input.path(), tmp.resolve("warehouse").toString(),
        tmp.resolve("quarantine").toString(), strict, "test")).run();
  }

  private Map<Long, String> quarantineCodes(String inputName) throws IOException {
    Path file = tmp.resolve("quarantine").resolve(inputName.replace(".csv", ".quarantine.csv"));
    Map<Long, String> codes = new TreeMap<>();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
        codes.put(Long.parseLong(r.get("line")), r.get("reason_code"));
      }
    }
    return codes;
  }

  private List<Row> table(SparkSession spark, String name, String... columns) {
    return spark.read().parquet(tmp.resolve("warehouse").resolve(name).toString())
        .selectExpr(columns).orderBy(columns[0]).collectAsList();
  }

  private static FileSummary summary(IngestResult result, String name) {
    return result.files().stream().filter(f -> f.file().name().equals(name)).findFirst().orElseThrow();
  }

  @Nested
  @DisplayName("a dirty batch")
  class DirtyBatch {
    @Test
    @DisplayName("quarantines every fault kind with its reason on its own line and conserves rows")
    void everyFaultKind(SparkSession spark) throws IOException {
      InputFolder input = new InputFolder(tmp.resolve("in"));
      ByteArrayOutputStream declarations = new ByteArrayOutputStream();
      declarations.writeBytes(String.join("\n",
          DECLARATIONS_HEADER,
          declaration("D1", "2024-01-05", "100"),                                        // 2 ok
          "D2,2024-01-06,GH,GHTEM,IMPORT,DE,GH,BE;ES,854921,\"Used \"\"personal effects\"\",", // 3-4 ok, two lines
          "TVs\",12000.25,500,T003,,NONE,NOT_INSPECTED",
          declaration("D3", "2024-02-30", "100"),                                        // 5 bad date
          "D4,2024-01-07,MY,MYPKG,IMPORT",                                               // 6 wrong field count
          "D5,2024-01-08,MY,\"MYPKG,IMPORT,GB,MY,,391590,x,100,,T001,,NONE,NOT_INSPECTED", // 7 unterminated quote
          declaration("D6", "2024-01-09", "100"),                                        // 8 ok after it
          declaration("D1", "2024-01-10", "999"),                                        // 9 duplicate id
          declaration("D7", "2024-01-11", "100").replace("MYPKG", "MYXYZ"),              // 10 unknown port
          declaration("D8", "2024-01-12", "-1").replace("RANDOM", "NONE"),               // 11 two faults
          "").getBytes(StandardCharsets.UTF_8));
      declarations.writeBytes("D9,2024-01-13,MY,MYPKG,IMPORT,GB,MY,,391590,Pl\u00e4stik ".getBytes(StandardCharsets.UTF_8));
      declarations.write(0xFF);                                                          // 12 invalid UTF-8
      declarations.writeBytes(",100,,T001,,NONE,NOT_INSPECTED\n".getBytes(StandardCharsets.UTF_8));
      declarations.writeBytes((declaration("D10", "2024-03-31", "0.5") + "\n").getBytes(StandardCharsets.UTF_8)); // 13
      input.writeBytes("declarations-2024-01.csv", declarations.toByteArray());
      input.write("seizures-2024.csv",
          SEIZURES_HEADER,
          "S1,2024-01-05,MY,MYPKG,IMPORT,GB,,MY,SEA,391590,Y48,,21500.5,,RISK_PROFILING,raw materials,REPATRIATED,2024-03-01,,D1,\"<script>alert(1)</script>, 废旧\"",
          "S2,2025-02-01,NG,NGAPP,IMPORT,ZZ,,NG,SEA,,A1180,,,40,INTELLIGENCE,,PENDING,,,,",
          "S3,2024-02-01,NG,NGAPP,IMPORT,ZZ,,NG,SEA,,,,,,INTELLIGENCE,,DISPOSED,,,,",
          "S4,2024-02-01,NG,NGAPP,IMPORT,DE,,NG,ROAD,,,,,12,OTHER,,DISPOSED,2024-01-31,,,");

      IngestResult result = ingest(spark, input, false);

      FileSummary d = summary(result, "declarations-2024-01.csv");
      assertEquals(List.of(11L, 4L, 7L), List.of(d.rowsRead(), d.rowsAccepted(), d.rowsQuarantined()));
      assertEquals(Map.of(5L, "INVALID_DATE", 6L, "WRONG_FIELD_COUNT", 7L, "UNTERMINATED_QUOTE", 9L, "DUPLICATE_ID",
              10L, "UNKNOWN_PORT", 11L, "OUT_OF_RANGE;INSPECTION_MISMATCH", 12L, "INVALID_ENCODING"),
          quarantineCodes("declarations-2024-01.csv"));
      FileSummary s = summary(result, "seizures-2024.csv");
      assertEquals(List.of(4L, 1L, 3L), List.of(s.rowsRead(), s.rowsAccepted(), s.rowsQuarantined()));
      assertEquals(Map.of(3L, "BASEL_CODE_NOT_IN_FORCE",
              4L, "OUTCOME_DATE_MISSING;NO_QUANTITY;WASTE_CATEGORY_UNDERIVABLE",
              5L, "OUTCOME_DATE_BEFORE_SEIZURE;WASTE_CATEGORY_UNDERIVABLE"),
          quarantineCodes("seizures-2024.csv"));
      assertEquals(Map.of("BASEL_CODE_NOT_IN_FORCE", 1L, "OUTCOME_DATE_MISSING", 1L, "NO_QUANTITY", 1L,
          "WASTE_CATEGORY_UNDERIVABLE", 2L, "OUTCOME_DATE_BEFORE_SEIZURE", 1L), s.quarantineReasons());

      // The first D1 is kept; the quoted, two-line description arrives intact.
      assertEquals(List.of(
              "[D1,2024-01-05,100.000000,PLASTIC,2024,1]",
              "[D10,2024-03-31,0.500000,PLASTIC,2024,3]",
              "[D2,2024-01-06,12000.250000,E_WASTE,2024,1]",
              "[D6,2024-01-09,100.000000,PLASTIC,2024,1]"),
          table(spark, "declarations", "declaration_id", "cast(declaration_date as string)", "gross_kg",
              "waste_category", "year", "month").stream().map(Row::toString).toList());
      assertEquals("Used \"personal effects\",\nTVs", table(spark, "declarations", "declaration_id",
          "goods_description").get(2).getString(1));
      Row seizure = table(spark, "seizures", "seizure_id", "waste_category", "waste_category_derived", "notes").get(0);
      assertEquals("[S1,PLASTIC,true,<script>alert(1)</script>, 废旧]", seizure.toString());

      // The batch log proves conservation for every file.
      List<Row> log = spark.read().parquet(tmp.resolve("warehouse").resolve("batch_log").toString())
          .selectExpr("source_file", "rows_read", "rows_accepted", "rows_quarantined").orderBy("source_file")
          .collectAsList();
      assertEquals("[[declarations-2024-01.csv,11,4,7], [seizures-2024.csv,4,1,3]]", log.toString());
    }

    @Test
    @DisplayName("a quarantined row keeps its original text, file, line and message")
    void quarantineRowContent(SparkSession spark) throws IOException {
      InputFolder input = new InputFolder(tmp.resolve("in"));
      input.write("declarations.csv", DECLARATIONS_HEADER, declaration("D1", "2024-01-05", "1,5"));
      ingest(spark, input, false);
      String text = Files.readString(tmp.resolve("quarantine/declarations.quarantine.csv"));
      assertEquals("source_file,line,reason_code,reason_message,original_text\n"
          + "declarations.csv,2,WRONG_FIELD_COUNT,\"line 2 has 17 fields, the header has 16\",\""
          + declaration("D1", "2024-01-05", "1,5") + "\"\n", text);
    }

    @Test
    @DisplayName("a quarantined row that starts like a formula is neutralised for spreadsheets")
    void quarantineIsSpreadsheetSafe(SparkSession spark) throws IOException {
      InputFolder input = new InputFolder(tmp.resolve("in"));
      input.write("declarations.csv", DECLARATIONS_HEADER, declaration("=HYPERLINK(\"x\")", "2024-01-05", "1,5"));
      ingest(spark, input, false);
      String text = Files.readString(tmp.resolve("quarantine/declarations.quarantine.csv"));
      // The original text gains a leading apostrophe; the quotes inside it are doubled by CSV quoting.
      assertEquals("source_file,line,reason_code,reason_message,original_text\n"
          + "declarations.csv,2,WRONG_FIELD_COUNT,\"line 2 has 17 fields, the header has 16\",\"'=HYPERLINK(\"\"x\"\")"
          + declaration("", "2024-01-05", "1,5") + "\"\n", text);
    }
  }

  @Nested
  @DisplayName("a large file and fewer files than cores")
  class LargeFile {
    private IngestResult ingestInto(SparkSession spark, InputFolder input, String name) {
      return new IngestJob(spark, new IngestConfig(input.path(), tmp.resolve(name).resolve("warehouse").toString(),
          tmp.resolve(name).resolve("quarantine").toString(), false, "test")).run();
    }

    private List<String> rows(SparkSession spark, String name) {
      return spark.read().parquet(tmp.resolve(name).resolve("warehouse/declarations").toString())
          .orderBy("declaration_id").collectAsList().stream().map(Row::toString).toList();
    }

    private long dataFiles(String name) throws IOException {
      try (Stream<Path> files = Files.list(tmp.resolve(name).resolve("warehouse/declarations/year=2024/month=1"))) {
        return files.filter(f -> f.getFileName().toString().endsWith(".parquet")).count();
      }
    }

    @Test
    @DisplayName("is read in parts by both cores, with exactly the rows, quarantine and counts of one reading")
    void readInParts(SparkSession spark) throws IOException {
      InputFolder input = new InputFolder(tmp.resolve("in"));
      List<String> lines = new java.util.ArrayList<>(List.of(DECLARATIONS_HEADER));
      for (int i = 0; i < 400; i++) {
        String id = "D" + i;
        lines.add(switch (i % 50) {
          case 7 -> id + ",2024-01-06,GH,GHTEM,IMPORT,DE,GH,BE;ES,854921,\"Used \"\"personal\n effects\",12000.25,500,"
              + "T003,,NONE,NOT_INSPECTED"; // a record over two lines
          case 19 -> declaration(id, "2024-13-05", "100"); // no such month
          case 23 -> id + ",\"2024-01-05,MY"; // a quote that never closes
          default -> declaration(id, "2024-01-" + String.format("%02d", 1 + i % 28), String.valueOf(100 + i));
        });
      }
      input.write("declarations-2024-01.csv", lines.toArray(String[]::new));

      IngestResult whole = ingestInto(spark, input, "whole");
      IngestResult parts;
      spark.conf().set(IngestJob.MIN_PART_BYTES_CONF, "4096");
      try {
        parts = ingestInto(spark, input, "parts");
      } finally {
        spark.conf().unset(IngestJob.MIN_PART_BYTES_CONF);
      }

      assertEquals(1, dataFiles("whole"));
      // Without duplicates the accepted rows are written as the parse tasks hold them: a file per task and month.
      assertEquals(2, dataFiles("parts"), "the file was cut in two, each part written by its own task");
      FileSummary one = summary(whole, "declarations-2024-01.csv");
      FileSummary two = summary(parts, "declarations-2024-01.csv");
      assertEquals(List.of(400L, 384L, 16L), List.of(one.rowsRead(), one.rowsAccepted(), one.rowsQuarantined()));
      assertEquals(List.of(one.rowsRead(), one.rowsAccepted(), one.rowsQuarantined(), one.quarantineReasons()),
          List.of(two.rowsRead(), two.rowsAccepted(), two.rowsQuarantined(), two.quarantineReasons()));
      assertEquals(rows(spark, "whole"), rows(spark, "parts"));
      assertEquals(Files.readString(tmp.resolve("whole/quarantine/declarations-2024-01.quarantine.csv")),
          Files.readString(tmp.resolve("parts/quarantine/declarations-2024-01.quarantine.csv")));
    }
  }

  @Nested
  @DisplayName("batches over time")
  class Batches {
    @Test
    @DisplayName("ingesting the same files again changes nothing")
    void idempotent(SparkSession spark) throws IOException {
      InputFolder input = new InputFolder(tmp.resolve("in"));
      input.write("declarations-a.csv", DECLARATIONS_HEADER, declaration("D1", "2024-01-05", "100"),
          declaration("D2", "2024-02-05", "200"));
      IngestResult first = ingest(spark, input, false);
      Map<String, Long> before = fileSizes(tmp.resolve("warehouse"));

      IngestResult second = ingest(spark, input, false);

      assertTrue(first.committed());
      assertFalse(second.committed());
      FileSummary again = summary(second, "declarations-a.csv");
      assertTrue(again.skipped());
      assertEquals(new FileSummary.IngestedAs("declarations-a.csv", first.batchId()), again.alreadyIngestedAs());
      assertEquals(before, fileSizes(tmp.resolve("warehouse")));
      assertEquals(2L, second.tableRows().get("declarations"));
    }

    @Test
    @DisplayName("a file logged with the same name, size and time is known unread; touched, it is read and hashed again")
    void knownByStamp(SparkSession spark) throws IOException {
      InputFolder input = new InputFolder(tmp.resolve("in"));
      Path file = input.write("declarations-a.csv", DECLARATIONS_HEADER, declaration("D1", "2024-01-05", "100"),
          declaration("D2", "2024-02-05", "200"));
      IngestResult first = ingest(spark, input, false);
      FileTime stamped = Files.getLastModifiedTime(file);
      // Edited in place to the same length, its time put back: by name, size and time it is the logged file.
      input.write("declarations-a.csv", DECLARATIONS_HEADER, declaration("D1", "2024-01-05", "150"),
          declaration("D2", "2024-02-05", "200"));
      Files.setLastModifiedTime(file, stamped);

      IngestResult unread = ingest(spark, input, false);

      assertFalse(unread.committed());
      assertEquals(new FileSummary.IngestedAs("declarations-a.csv", first.batchId()),
          summary(unread, "declarations-a.csv").alreadyIngestedAs());
      assertEquals("[[D1,100.000000], [D2,200.000000]]",
          table(spark, "declarations", "declaration_id", "gross_kg").toString());

      Files.setLastModifiedTime(file, FileTime.fromMillis(stamped.toMillis() + 1000));
      IngestResult read = ingest(spark, input, false);

      assertTrue(read.committed());
      assertEquals(2L, summary(read, "declarations-a.csv").rowsReplaced());
      assertEquals("[[D1,150.000000], [D2,200.000000]]",
          table(spark, "declarations", "declaration_id", "gross_kg").toString());
      assertEquals(List.of(stamped.toMillis(), stamped.toMillis() + 1000),
          table(spark, "batch_log", "modified_ms").stream().map(r -> r.getLong(0)).toList());

      // A log written before modification times were kept: every file is hashed, and a known hash is still skipped.
      Path log = tmp.resolve("warehouse/batch_log");
      Path old = tmp.resolve("old_batch_log");
      spark.read().parquet(log.toString()).drop("modified_ms").write().parquet(old.toString());
      try (Stream<Path> walk = Files.walk(log)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
      Files.move(old, log);
      Files.setLastModifiedTime(file, stamped);

      IngestResult hashed = ingest(spark, input, false);

      assertFalse(hashed.committed());
      assertEquals(new FileSummary.IngestedAs("declarations-a.csv", read.batchId()),
          summary(hashed, "declarations-a.csv").alreadyIngestedAs());

      // The next commit gives the skipped file's logged row (same name and hash) its time; the earlier version's
      // row, whose hash the folder no longer holds, stays without one.
      Path added = input.write("declarations-b.csv", DECLARATIONS_HEADER, declaration("D3", "2024-03-06", "300"));
      assertTrue(ingest(spark, input, false).committed());
      List<String> expected = new ArrayList<>();
      expected.add("[declarations-a.csv,null]");
      expected.add("[declarations-a.csv," + stamped.toMillis() + "]");
      expected.add("[declarations-b.csv," + Files.getLastModifiedTime(added).toMillis() + "]");
      assertEquals(expected, spark.read().parquet(log.toString()).select("source_file", "modified_ms")
          .orderBy("source_file", "modified_ms").collectAsList().stream().map(Row::toString).toList());
    }

    @Test
    @DisplayName("a batch of a new month writes that month only: the other months' files are carried over as they were")
    void newMonthCarriesTheOthers(SparkSession spark) throws IOException {
      InputFolder input = new InputFolder(tmp.resolve("in"));
      input.write("declarations-a.csv", DECLARATIONS_HEADER, declaration("D1", "2024-01-05", "100"),
          declaration("D2", "2024-02-05", "200"));
      ingest(spark, input, false);
      Map<String, Long> january = fileSizes(tmp.resolve("warehouse/declarations/year=2024/month=1"));
      Map<String, Long> february = fileSizes(tmp.resolve("warehouse/declarations/year=2024/month=2"));
      input.write("declarations-b.csv", DECLARATIONS_HEADER, declaration("D3", "2024-03-06", "300"));

      IngestResult result = ingest(spark, input, false);

      assertTrue(result.committed());
      assertEquals(0L, summary(result, "declarations-b.csv").rowsReplaced());
      assertEquals(1, january.keySet().stream().filter(f -> f.endsWith(".parquet")).count(), "January: " + january);
      assertEquals(january, fileSizes(tmp.resolve("warehouse/declarations/year=2024/month=1")), "same file, moved");
      assertEquals(february, fileSizes(tmp.resolve("warehouse/declarations/year=2024/month=2")), "same file, moved");
      assertEquals("[[D1,2024,1], [D2,2024,2], [D3,2024,3]]",
          table(spark, "declarations", "declaration_id", "year", "month").toString());
      assertFalse(Files.exists(tmp.resolve("warehouse/_staging")));
      assertFalse(Files.exists(tmp.resolve("warehouse/_trash")));
    }

    @Test
    @DisplayName("a licence in a later batch replaces the earlier version (an undated table, written whole)")
    void licenceReplaced(SparkSession spark) {
      InputFolder input = new InputFolder(tmp.resolve("in"));
      input.write("licences-a.csv", LICENCES_HEADER, "L1,T1,3915,1000,2024-01-01,2024-12-31,CNSHA");
      assertTrue(ingest(spark, input, false).committed());
      input.write("licences-b.csv", LICENCES_HEADER, "L1,T1,3915,2000,2024-01-01,2024-12-31,CNSHA",
          "L2,T2,7404,500,2024-01-01,2024-12-31,");

      IngestResult result = ingest(spark, input, false);

      assertTrue(result.committed());
      assertEquals(1L, summary(result, "licences-b.csv").rowsReplaced());
      assertEquals("[[L1,2000.000000,licences-b.csv], [L2,500.000000,licences-b.csv]]",
          table(spark, "licences", "licence_id", "quota_kg", "source_file").toString());
    }

    @Test
    @DisplayName("a record id in a later batch replaces the earlier version, also across partitions")
    void correctionReplaces(SparkSession spark) {
      InputFolder input = new InputFolder(tmp.resolve("in"));
      input.write("declarations-a.csv", DECLARATIONS_HEADER, declaration("D1", "2024-01-05", "100"),
          declaration("D2", "2024-02-05", "200"));
      ingest(spark, input, false);
      input.write("declarations-b.csv", DECLARATIONS_HEADER, declaration("D1", "2024-03-05", "150"),
          declaration("D3", "2024-03-06", "300"));

      IngestResult result = ingest(spark, input, false);

      assertEquals(1L, summary(result, "declarations-b.csv").rowsReplaced());
      assertTrue(summary(result, "declarations-a.csv").skipped());
      assertEquals("[[D1,150.000000,2024,3,declarations-b.csv], [D2,200.000000,2024,2,declarations-a.csv], "
              + "[D3,300.000000,2024,3,declarations-b.csv]]",
          table(spark, "declarations", "declaration_id", "gross_kg", "year", "month", "source_file").toString());
      assertFalse(Files.exists(tmp.resolve("warehouse/declarations/year=2024/month=1")),
          "the old version's partition is gone");
      assertEquals(2L, spark.read().parquet(tmp.resolve("warehouse/batch_log").toString()).count(),
          "one log row for a.csv, one for b.csv");
    }
  }

  @Nested
  @DisplayName("structural faults stop the run before anything is written")
  class StructuralFaults {
    private void assertRefused(SparkSession spark, InputFolder input, String message) {
      InputException e = assertThrows(InputException.class, () -> ingest(spark, input, false));
      assertEquals(message, e.getMessage());
      assertFalse(Files.exists(tmp.resolve("warehouse")), "warehouse written");
      assertFalse(Files.exists(tmp.resolve("quarantine")), "quarantine written");
    }

    @Test
    @DisplayName("a required column missing from a header names the file and column")
    void missingColumn(SparkSession spark) {
      InputFolder input = new InputFolder(tmp.resolve("in"));
      input.write("declarations.csv", DECLARATIONS_HEADER.replace(",gross_kg", ""), "x");
      input.write("seizures.csv", SEIZURES_HEADER, "");
      assertRefused(spark, input, "declarations.csv line 1: required column 'gross_kg' is missing from the header"
          + " (found: " + DECLARATIONS_HEADER.replace(",gross_kg", "").replace(",", ", ") + ")");
    }

    @Test
    @DisplayName("a folder that is missing or holds no input files is refused")
    void emptyOrMissingFolder(SparkSession spark) {
      InputFolder input = new InputFolder(tmp.resolve("in"));
      input.write("notes.txt", "hello");
      assertRefused(spark, input, "no input files in " + input.path()
          + ": expected declarations*.csv, seizures*.csv, licences*.csv or campaigns*.csv");
      InputException e = assertThrows(InputException.class, () -> new IngestJob(spark, new IngestConfig(
          tmp.resolve("nowhere").toString(), tmp.resolve("warehouse").toString(), tmp.resolve("q").toString(), false,
          "test")).run());
      assertEquals("input folder " + tmp.resolve("nowhere") + " does not exist", e.getMessage());
    }

    @Test
    @DisplayName("binary data, an empty file or a repeated column is refused")
    void notCsv(SparkSession spark) {
      InputFolder input = new InputFolder(tmp.resolve("in"));
      input.writeBytes("seizures.csv", new byte[] {'P', 'K', 3, 4, 0, 0, 1});
      assertRefused(spark, input, "seizures.csv is not a CSV text file: it holds binary data (NUL bytes)");
      input.writeBytes("seizures.csv", new byte[0]);
      assertRefused(spark, input, "seizures.csv is empty: its first line must be the header");
      input.write("seizures.csv", SEIZURES_HEADER + ",port");
      assertRefused(spark, input, "seizures.csv line 1: column 'port' appears more than once in the header");
    }
  }

  @Nested
  @DisplayName("headers and options")
  class HeadersAndOptions {
    @Test
    @DisplayName("columns are found by name in any order and case, a BOM is dropped, extra columns are reported")
    void headerByName(SparkSession spark) {
      InputFolder input = new InputFolder(tmp.resolve("in"));
      input.write("campaigns.csv", "\uFEFFSCOPE_PORTS,Campaign_ID,remarks,name,start_date,end_date,participating_admins",
          "CNNGB;MYPKG,DEMETER-IX,internal,\"WCO Demeter IX, 2023\",2023-10-01,2023-10-31,106");

      IngestResult result = ingest(spark, input, false);

      assertEquals(List.of("remarks"), summary(result, "campaigns.csv").file().unknownColumns());
      assertEquals(List.of("description"), summary(result, "campaigns.csv").file().absentOptionalColumns());
      assertEquals("[[DEMETER-IX,WCO Demeter IX, 2023,CNNGB;MYPKG,106,null]]", table(spark, "campaigns",
          "campaign_id", "name", "scope_ports", "participating_admins", "description").toString());
    }

    @Test
    @DisplayName("--strict writes the quarantine but leaves the warehouse unchanged")
    void strict(SparkSession spark) throws IOException {
      InputFolder input = new InputFolder(tmp.resolve("in"));
      input.write("declarations.csv", DECLARATIONS_HEADER, declaration("D1", "2024-01-05", "100"),
          declaration("D2", "2024-01-05", "0"));

      IngestResult result = ingest(spark, input, true);

      assertTrue(result.refusedByStrictMode());
      assertFalse(result.committed());
      assertEquals(Map.of(3L, "OUT_OF_RANGE"), quarantineCodes("declarations.csv"));
      assertFalse(Files.exists(tmp.resolve("warehouse/declarations")));
    }

    @Test
    @DisplayName("a reference file in the input's reference/ folder replaces the shipped one")
    void referenceOverride(SparkSession spark) throws IOException {
      InputFolder input = new InputFolder(tmp.resolve("in"));
      input.write("reference/ports.csv", "locode,name,country,lat,lon", "MYPKG,Port Klang,MY,3.0,101.4",
          "MYKUA,Kuantan,MY,3.97,103.43");
      input.write("declarations.csv", DECLARATIONS_HEADER, declaration("D1", "2024-01-05", "100"),
          declaration("D2", "2024-01-05", "100").replace("MYPKG", "MYKUA"),
          declaration("D3", "2024-01-05", "100").replace("MYPKG", "NLRTM"));

      IngestResult result = ingest(spark, input, false);

      assertEquals(List.of("ports.csv"), result.overriddenReference());
      assertEquals(Map.of(4L, "UNKNOWN_PORT"), quarantineCodes("declarations.csv"));
    }
  }

  private static Map<String, Long> fileSizes(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      Map<String, Long> sizes = new LinkedHashMap<>();
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        sizes.put(root.relativize(file).toString(), Files.size(file));
      }
      return sizes;
    }
  }
}
