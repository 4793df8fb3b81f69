package org.wastetrail.jobs.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.wastetrail.jobs.ingest.RecordKind;
import org.wastetrail.jobs.io.DataTableWriter;
import org.wastetrail.jobs.io.HadoopFiles;
import org.wastetrail.jobs.testing.SharedSpark;
import org.wastetrail.jobs.testing.WarehouseRows;

/**
 * licence_breaches and licence_usage on a small warehouse worked out by hand, as written to CSV.
 *
 * <p>L1: T1, copper scrap (7404), 100,000 kg, 2024-01-01..2024-06-30, Ningbo only. L2: T2, plastics (3915), 500,000 kg,
 * all of 2024, any port. L3: T3, paper (4707), never used. L1's valid uses in (date, id) order: D20 on valid_from
 * (40,000.5), D07 and D08 on the same day (30,000.25 then 35,000.125: the tie goes to the smaller id), D12 on valid_to
 * (2,500.3). Running sums: 40,000.5; 70,000.75; 105,000.875 (crosses: excess 5,000.875); 107,501.175 (excess its own
 * 2,500.3). The breached D09, D10, D11 and D13 (50,000 kg, before the crossing) are not uses: counted, they would move
 * the crossing to D07. Ordering by id alone would put D20 last and cross there.
 */
@ExtendWith(SharedSpark.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LicenceBreachesTest {
  @TempDir static Path out;
  private List<String> breaches;
  private List<String> usage;

  @BeforeAll
  void writeTables(SparkSession spark) throws IOException {
    Dataset<Row> licences = WarehouseRows.table(spark, RecordKind.LICENCES, List.of(
        licence("L1", "T1", "7404", "100000", "2024-01-01", "2024-06-30", "CNNGB"),
        licence("L2", "T2", "3915", "500000", "2024-01-01", "2024-12-31", null),
        licence("L3", "T3", "4707", "1000", "2024-01-01", "2024-12-31", null)));
    Dataset<Row> declarations = WarehouseRows.table(spark, RecordKind.DECLARATIONS, List.of(
        declaration("D01", "2024-01-10", "IMPORT", "CNNGB", "T9", "740400", "1000", null),
        declaration("D02", "2024-01-11", "IMPORT", "CNNGB", "T2", "391590", "1000", "L9"),
        declaration("D03", "2023-12-31", "IMPORT", "CNNGB", "T1", "740400", "1000", "L1"),
        declaration("D04", "2024-07-01", "IMPORT", "CNNGB", "T1", "740400", "1000", "L1"),
        declaration("D09", "2024-02-01", "IMPORT", "CNNGB", "T2", "740400", "1000", "L1"),
        declaration("D10", "2024-02-02", "IMPORT", "CNSHA", "T1", "740400", "1000", "L1"),
        // Plastics are licensed (L2), so in scope, but not under L1's copper prefix.
        declaration("D11", "2024-02-03", "IMPORT", "CNNGB", "T1", "391590", "1000", "L1"),
        declaration("D13", "2024-03-01", "IMPORT", "CNSHA", "T2", "740400", "50000", "L1"),
        // The same-day pair is given in reverse id order.
        declaration("D08", "2024-03-05", "IMPORT", "CNNGB", "T1", "740400", "35000.125", "L1"),
        declaration("D07", "2024-03-05", "IMPORT", "CNNGB", "T1", "740400", "30000.25", "L1"),
        declaration("D12", "2024-06-30", "IMPORT", "CNNGB", "T1", "740400", "2500.3", "L1"),
        declaration("D20", "2024-01-01", "IMPORT", "CNNGB", "T1", "740400", "40000.5", "L1"),
        declaration("D16", "2024-05-05", "IMPORT", "CNSHA", "T2", "391590", "1234.567", "L2"),
        // Out of scope: an export of licensed goods and an import of goods no licence covers, neither quoting one.
        declaration("D14", "2024-02-10", "EXPORT", "CNNGB", "T9", "740400", "1000", null),
        declaration("D15", "2024-02-11", "IMPORT", "CNNGB", "T9", "030110", "1000", null)));
    DataTableWriter writer = new DataTableWriter(new HadoopFiles(spark.sparkContext().hadoopConfiguration()),
        new org.apache.hadoop.fs.Path(out.toUri()));
    LicenceBreaches.Tables tables = LicenceBreaches.check(declarations, licences);
    writer.writeRows("licence_breaches", LicenceBreaches.BREACHES_SCHEMA, tables.breaches());
    writer.writeRows("licence_usage", LicenceBreaches.USAGE_SCHEMA, tables.usage());
    breaches = Files.readAllLines(out.resolve("licence_breaches.csv"));
    usage = Files.readAllLines(out.resolve("licence_usage.csv"));
  }

  @Test
  @DisplayName("one row per breach of each in-scope import, by date, id and breach order; exports, unlicensed goods"
      + " and uses on valid_from and valid_to give none")
  void breaches() {
    String l1 = ",L1,T1,7404,CNNGB,2024-01-01,2024-06-30,100000,";
    assertEquals(List.of(String.join(",", ComplianceColumns.LICENCE_BREACHES),
        "NOT_YET_VALID,D03,2023-12-31,CN,CNNGB,T1,740400,1000" + l1 + ",",
        "NO_LICENCE,D01,2024-01-10,CN,CNNGB,T9,740400,1000,,,,,,,,,",
        "UNKNOWN_LICENCE,D02,2024-01-11,CN,CNNGB,T2,391590,1000,L9,,,,,,,,",
        "WRONG_TRADER,D09,2024-02-01,CN,CNNGB,T2,740400,1000" + l1 + ",",
        "WRONG_PORT,D10,2024-02-02,CN,CNSHA,T1,740400,1000" + l1 + ",",
        "HS_NOT_COVERED,D11,2024-02-03,CN,CNNGB,T1,391590,1000" + l1 + ",",
        // Two breaches, two rows, in Breach order (the alphabet would put WRONG_PORT first).
        "WRONG_TRADER,D13,2024-03-01,CN,CNSHA,T2,740400,50000" + l1 + ",",
        "WRONG_PORT,D13,2024-03-01,CN,CNSHA,T2,740400,50000" + l1 + ",",
        // 40000.5 + 30000.25 + 35000.125 = 105000.875 > 100000: excess 5000.875.
        "QUOTA_EXCEEDED,D08,2024-03-05,CN,CNNGB,T1,740400,35000.125" + l1 + "105000.875,5000.875",
        // 105000.875 + 2500.3 = 107501.175; past the quota already, so the excess is its own 2500.3.
        "QUOTA_EXCEEDED,D12,2024-06-30,CN,CNNGB,T1,740400,2500.3" + l1 + "107501.175,2500.3",
        "EXPIRED,D04,2024-07-01,CN,CNNGB,T1,740400,1000" + l1 + ","),
        breaches);
  }

  @Test
  @DisplayName("one row per licence: valid uses, kg used against the quota, excess and the breach rows quoting it")
  void usage() {
    assertEquals(List.of(String.join(",", ComplianceColumns.LICENCE_USAGE),
        // 4 uses, 107501.175 kg: share 1.07501175, excess 7501.175; breaches D03, D04, D09, D10, D11, D13 twice,
        // D08 and D12 = 9 (the unknown L9 counts for no licence).
        "L1,T1,7404,CNNGB,2024-01-01,2024-06-30,100000,4,107501.175,1.07501175,7501.175,9",
        // 1234.567 / 500000 = 0.002469134.
        "L2,T2,3915,,2024-01-01,2024-12-31,500000,1,1234.567,0.002469134,0,0",
        "L3,T3,4707,,2024-01-01,2024-12-31,1000,0,0,0,0,0"),
        usage);
  }

  @Test
  @DisplayName("an import is in scope when its HS code starts with some licence's prefix, whatever the prefix's length")
  void prefixesOfSeveralLengths(SparkSession spark) {
    Dataset<Row> licences = WarehouseRows.table(spark, RecordKind.LICENCES, List.of(
        licence("L1", "T1", "3915", "1", "2024-01-01", "2024-12-31", null),
        licence("L2", "T1", "854900", "1", "2024-01-01", "2024-12-31", null),
        licence("L3", "T1", "39", "1", "2024-01-01", "2024-12-31", null)));
    Dataset<Row> declarations = WarehouseRows.table(spark, RecordKind.DECLARATIONS, List.of(
        declaration("A", "2024-01-10", "IMPORT", "CNNGB", "T1", "391510", "1", null),
        declaration("B", "2024-01-10", "IMPORT", "CNNGB", "T1", "390110", "1", null),
        declaration("C", "2024-01-10", "IMPORT", "CNNGB", "T1", "854900", "1", null),
        declaration("D", "2024-01-10", "IMPORT", "CNNGB", "T1", "8549", "1", null),
        declaration("E", "2024-01-10", "IMPORT", "CNNGB", "T1", "854910", "1", null),
        declaration("F", "2024-01-10", "IMPORT", "CNNGB", "T1", "3", "1", null),
        declaration("G", "2024-01-10", "IMPORT", "CNNGB", "T1", "740400", "1", null)));
    List<String> inScope = LicenceBreaches.inScope(declarations, licences.collectAsList())
        .select(ComplianceColumns.DECLARATION_ID).orderBy(ComplianceColumns.DECLARATION_ID).collectAsList().stream()
        .map(r -> r.getString(0)).toList();
    assertEquals(List.of("A", "B", "C"), inScope);
  }

  private static Row licence(String id, String trader, String prefix, String quotaKg, String from, String to,
      String port) {
    Map<String, Object> values = new HashMap<>(Map.of("licence_id", id, "trader_id", trader, "hs_prefix", prefix,
        "quota_kg", quotaKg, "valid_from", from, "valid_to", to));
    values.put("port", port);
    return WarehouseRows.row(RecordKind.LICENCES, values);
  }

  private static Row declaration(String id, String date, String direction, String port, String trader, String hsCode,
      String kg, String licenceId) {
    Map<String, Object> values = new HashMap<>(Map.of("declaration_id", id, "declaration_date", date,
        "reporting_country", "CN", "port", port, "direction", direction, "origin_country", "JP",
        "destination_country", "CN", "hs_code", hsCode, "gross_kg", kg, "trader_id", trader));
    values.put("licence_id", licenceId);
    values.put("control_type", "DOCUMENTARY");
    values.put("inspection_result", "NOT_INSPECTED");
    return WarehouseRows.row(RecordKind.DECLARATIONS, values);
  }
}
