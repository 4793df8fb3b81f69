package org.wastetrail.jobs.campaigns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.wastetrail.jobs.testing.WarehouseRows.declaration;
import static org.wastetrail.jobs.testing.WarehouseRows.seizure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.wastetrail.jobs.aggregate.Facts;
import org.wastetrail.jobs.ingest.IngestSchemas;
import org.wastetrail.jobs.ingest.RecordKind;
import org.wastetrail.jobs.io.DataTableWriter;
import org.wastetrail.jobs.io.HadoopFiles;
import org.wastetrail.jobs.testing.SharedSpark;
import org.wastetrail.jobs.testing.WarehouseRows;

/**
 * The operation-review tables on a small warehouse worked out by hand, as written to CSV.
 *
 * <p>OP-1 ran 2024-03-01..10 (10 days, 10 administrations) at MYPKG and THLCH; its prior window is 2024-02-20..29 (a
 * leap year). OP-0 ran 2023-03-01..05 (5 days, 4 administrations) at MYPKG. In OP-1's window at its scope ports: eight
 * seizures, five declarations of which four inspected and two violations.
 */
@ExtendWith(SharedSpark.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignReviewTablesTest {
  private static final Campaign OP1 = new Campaign("OP-1", "Operation One", LocalDate.of(2024, 3, 1),
      LocalDate.of(2024, 3, 10), List.of("MYPKG", "THLCH"), 10, "Joint operation, ports of MY and TH");
  private static final Campaign OP0 = new Campaign("OP-0", "Operation Zero", LocalDate.of(2023, 3, 1),
      LocalDate.of(2023, 3, 5), List.of("MYPKG"), 4, null);
  private static final List<Campaign> CAMPAIGNS = List.of(OP0, OP1);

  @TempDir static Path out;
  private Dataset<Row> facts;

  @BeforeAll
  void writeTables(SparkSession spark) throws IOException {
    List<Row> seizures = List.of(
        seizure("S1", "2024-03-01", "MYPKG", "GB", "MY", "PLASTIC", "10", null),
        seizure("S2", "2024-03-02", "MYPKG", "GB", "MY", "PLASTIC", "100", null),
        seizure("S3", "2024-03-03", "THLCH", "JP", "TH", "E_WASTE", "1000", null),
        seizure("S4", "2024-03-04", "THLCH", "JP", "TH", "E_WASTE", "1000", 4L),
        seizure("S5", "2024-03-05", "MYPKG", "GB", "MY", "PLASTIC", "10000", null),
        seizure("S6", "2024-03-10", "THLCH", "US", "TH", "METAL_SCRAP", "10000000", null),
        seizure("S7", "2024-03-06", "MYPKG", "GB", "MY", "E_WASTE", null, 12L),
        seizure("S8", "2024-03-07", "THLCH", "JP", "TH", "E_WASTE", null, 3L),
        // Out of scope, during the campaign: displacement. S9 was reported by Belgian officers at Rotterdam.
        reportedBy(seizure("S9", "2024-03-02", "NLRTM", "NL", "MY", "PLASTIC", "500", null), "BE"),
        seizure("S10", "2024-03-09", "MYPEN", "GB", "MY", "PLASTIC", "300", null),
        // The prior window: its first and last day.
        seizure("S11", "2024-02-20", "MYPKG", "GB", "MY", "PLASTIC", "50", null),
        seizure("S12", "2024-02-29", "THLCH", "JP", "TH", "E_WASTE", null, 2L),
        // Just outside both windows.
        seizure("S13", "2024-03-11", "MYPKG", "GB", "MY", "PLASTIC", "7", null),
        seizure("S14", "2024-02-19", "MYPKG", "GB", "MY", "PLASTIC", "7", null),
        // OP-0, a year earlier.
        seizure("S15", "2023-03-02", "MYPKG", "GB", "MY", "PLASTIC", "20", null),
        seizure("S16", "2023-03-03", "MYPKG", "GB", "MY", "PLASTIC", "30", null));
    List<Row> declarations = List.of(
        declaration("D1", "2024-03-02", "MYPKG", "GB", "MY", "PLASTIC", "900", "VIOLATION"),
        declaration("D2", "2024-03-03", "MYPKG", "GB", "MY", "PLASTIC", "900", "COMPLIANT"),
        declaration("D3", "2024-03-04", "THLCH", "JP", "TH", "E_WASTE", "900", "VIOLATION"),
        declaration("D4", "2024-03-05", "THLCH", "JP", "TH", "E_WASTE", "900", "NOT_INSPECTED"),
        declaration("D5", "2024-03-08", "MYPKG", "GB", "MY", "PLASTIC", "900", "COMPLIANT"),
        declaration("D6", "2024-03-03", "NLRTM", "NL", "MY", "PLASTIC", "900", "VIOLATION"),
        declaration("D7", "2024-02-25", "MYPKG", "GB", "MY", "PLASTIC", "900", "VIOLATION"),
        declaration("D8", "2024-02-26", "THLCH", "JP", "TH", "E_WASTE", "900", "COMPLIANT"),
        declaration("D9", "2023-03-02", "MYPKG", "GB", "MY", "PLASTIC", "900", "VIOLATION"),
        declaration("D10", "2023-03-03", "MYPKG", "GB", "MY", "PLASTIC", "900", "COMPLIANT"));
    facts = Facts.of(WarehouseRows.table(spark, RecordKind.DECLARATIONS, declarations),
        WarehouseRows.table(spark, RecordKind.SEIZURES, seizures));
    DataTableWriter writer = new DataTableWriter(new HadoopFiles(spark.sparkContext().hadoopConfiguration()),
        new org.apache.hadoop.fs.Path(out.toUri()));
    writer.write("campaign_windows", spark.createDataFrame(CampaignWindows.rows(CAMPAIGNS), CampaignWindows.SCHEMA),
        "start_date", "campaign_id");
  }

  @Test
  @DisplayName("campaign_windows: one row per campaign by start date, scope as given, the prior window")
  void windows() throws IOException {
    assertEquals(List.of(
        "campaign_id,name,start_date,end_date,days,scope_ports,participating_admins,description,prior_from,prior_to",
        "OP-0,Operation Zero,2023-03-01,2023-03-05,5,MYPKG,4,,2023-02-24,2023-02-28",
        "OP-1,Operation One,2024-03-01,2024-03-10,10,MYPKG;THLCH,10,\"Joint operation, ports of MY and TH\","
            + "2024-02-20,2024-02-29"),
        lines("campaign_windows"));
  }

  @Test
  @DisplayName("campaign_editions: OP-1 against OP-0 per administration per day, 8/(10×10) against 2/(5×4): ratio 0.8;"
      + " counted in the same pass as the baselines without counting twice what --against also names")
  void editions(SparkSession spark) {
    List<Comparison> baselines = Comparison.plan(CAMPAIGNS, List.of("OP-0"));
    List<Comparison> editions = Comparison.editions(CAMPAIGNS);
    assertEquals(List.of("OP-1 OP-0"), editions.stream().map(c -> c.campaign().id() + " " + c.baseline().name())
        .toList());
    List<Comparison> both = new ArrayList<>(baselines);
    both.addAll(editions);
    List<Row> counts = CampaignCounts.count(facts, CampaignCounts.windows(spark, both)).collectAsList();
    LocalDate first = LocalDate.of(2023, 1, 1);
    LocalDate last = LocalDate.of(2024, 12, 31);
    Map<String, Row> rows = ComparisonRows.build(editions, counts, first, last).stream()
        .collect(Collectors.toMap(r -> r.getString(4) + " " + r.getString(5), r -> r));
    Row inScope = rows.get("IN_SCOPE ALL");
    assertEquals("[OP-1, OP-0, 2023-03-01, 2023-03-05, IN_SCOPE, ALL, 10, 5, 8, 2]", prefix(inScope, 10));
    assertEquals(0.8, inScope.getDouble(10), 1e-12);
    // Hit rates 2/4 against 1/2.
    assertEquals("[4, 2, 2, 1]", List.of(inScope.get(14), inScope.get(15), inScope.get(16), inScope.get(17)).toString());
    assertEquals(1.0, inScope.getDouble(18), 1e-12);
    assertEquals("rates per participating administration per day; participating administrations differ (10 against 4)",
        inScope.getString(23));
    Row outOfScope = rows.get("OUT_OF_SCOPE ALL");
    assertEquals("[OP-1, OP-0, 2023-03-01, 2023-03-05, OUT_OF_SCOPE, ALL, 10, 5, 2, 0]", prefix(outOfScope, 10));
    assertNull(outOfScope.get(10));
    // The baselines' rows are the same whether counted alone or together with the editions.
    List<Row> alone = CampaignCounts.count(facts, CampaignCounts.windows(spark, baselines)).collectAsList();
    assertEquals(ComparisonRows.build(baselines, alone, first, last), ComparisonRows.build(baselines, counts, first,
        last));
  }

  private List<String> lines(String table) throws IOException {
    return Files.readAllLines(out.resolve(table + ".csv"));
  }

  private static Row reportedBy(Row seizure, String country) {
    Object[] cells = new Object[seizure.length()];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = seizure.get(i);
    }
    cells[IngestSchemas.warehouse(RecordKind.SEIZURES).fieldIndex("reporting_country")] = country;
    return RowFactory.create(cells);
  }

  private static String prefix(Row row, int columns) {
    List<String> cells = new ArrayList<>();
    for (int i = 0; i < columns; i++) {
      cells.add(String.valueOf(row.get(i)));
    }
    return cells.toString();
  }
}
