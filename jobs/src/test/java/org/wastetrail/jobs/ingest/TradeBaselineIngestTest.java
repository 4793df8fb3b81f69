package org.wastetrail.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.wastetrail.jobs.testing.InputFolder;
import org.wastetrail.jobs.testing.SharedSpark;

/** trade_baseline files through ingest: accepted figures, gaps kept, every bad row quarantined with its reason. */
@ExtendWith(SharedSpark.class)
class TradeBaselineIngestTest {
  static final String HEADER = "reporter_country,year,flow,hs_prefix,tonnes,source";
  @TempDir Path tmp;

  @Test
  @DisplayName("a trade baseline with gaps, bad rows and a repeated figure")
  void tradeBaseline(SparkSession spark) throws IOException {
    InputFolder input = new InputFolder(tmp.resolve("in"));
    input.write("trade_baseline_owid_hs3915.csv", HEADER,
        "CN,2018,IMPORT,3915,51414.39,UN Comtrade via Our World in Data", // 2 ok
        "CN,2018,EXPORT,3915,,UN Comtrade via Our World in Data",         // 3 ok: a gap, kept missing
        "MY,2018,IMPORT,3915,872525.572,",                                 // 4 ok
        "MY,2018,INBOUND,3915,1,",                                         // 5 bad flow
        "XX,2018,IMPORT,3915,1,",                                          // 6 unknown country
        "TH,18,IMPORT,3915,1,",                                            // 7 year not four digits
        "TH,2018,IMPORT,3915,-5,",                                         // 8 negative tonnes
        "TH,2018,IMPORT,39X5,5,",                                          // 9 bad HS prefix
        "CN,2018,IMPORT,3915,99,",                                         // 10 the same figure again
        "TH,1850,IMPORT,3915,5,");                                         // 11 year out of range

    IngestResult result = new IngestJob(spark, new IngestConfig(input.path(), tmp.resolve("warehouse").toString(),
        tmp.resolve("quarantine").toString(), false, "test")).run();

    FileSummary file = result.files().get(0);
    assertEquals(List.of(10L, 3L, 7L), List.of(file.rowsRead(), file.rowsAccepted(), file.rowsQuarantined()));
    assertEquals(Map.of(5L, "INVALID_ENUM", 6L, "INVALID_COUNTRY", 7L, "INVALID_NUMBER", 8L, "OUT_OF_RANGE",
        9L, "INVALID_HS_CODE", 10L, "DUPLICATE_ID", 11L, "OUT_OF_RANGE"), quarantine());
    List<String> rows = spark.read().parquet(tmp.resolve("warehouse").resolve("trade_baseline").toString())
        .selectExpr("trade_key", "CAST(tonnes AS STRING)", "waste_category", "year").orderBy("trade_key")
        .collectAsList().stream().map(Row::toString).toList();
    assertEquals(List.of("[CN|2018|EXPORT|3915,null,PLASTIC,2018]", "[CN|2018|IMPORT|3915,51414.390000,PLASTIC,2018]",
        "[MY|2018|IMPORT|3915,872525.572000,PLASTIC,2018]"), rows);
    assertEquals(3L, result.tableRows().get("trade_baseline"));
  }

  private Map<Long, String> quarantine() throws IOException {
    Path file = tmp.resolve("quarantine").resolve("trade_baseline_owid_hs3915.quarantine.csv");
    Map<Long, String> codes = new TreeMap<>();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
        codes.put(Long.parseLong(r.get("line")), r.get("reason_code"));
      }
    }
    return codes;
  }
}
