package org.wastetrail.jobs.campaigns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.wastetrail.jobs.testing.WarehouseRows.declaration;
import static org.wastetrail.jobs.testing.WarehouseRows.seizure;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.wastetrail.jobs.aggregate.Facts;
import org.wastetrail.jobs.aggregate.SeizureSizes;
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
 * leap year). OP-0 ran 2023-03-01..05 (5 days, 4 administrations) at MYPKG. In OP-1's window at its scope ports: six
 * weighed seizures of 10 kg, 100 kg, 1 t, 1 t, 10 t and 10,000 t, two unweighed ones (12 and 3 pieces), five
 * declarations of which four inspected and two violations. log10 of the six weights: 1, 2, 3, 3, 4, 7; with linear
 * interpolation Q1 = 2 + 0.25 × (3 − 2) = 2.25 and Q3 = 3 + 0.75 × (4 − 3) = 3.75, so the fence is
 * 10^(3.75 + 1.5 × 1.5) = 10^6 kg = 1,000 t and only the 10,000 t seizure is an outlier.
 */
@ExtendWith(SharedSpark.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignReviewTablesTest {
  private static final Campaign OP1 = new Campaign("OP-1", "Operation One", LocalDate.of(2024, 3, 1),
      LocalDate.of(2024, 3, 10), List.of("MYPKG", "THLCH"), 10, "Joint operation, ports of MY and TH");
  private static final Campaign OP0 = new Campaign("OP-0", "Operation Zero", LocalDate.of(2023, 3, 1),
      LocalDate.of(2023, 3, 5), List.of("MYPKG"), 4, null);
  private static final List<Campaign> CAMPAIGNS = List.of(OP0, OP1);
  private static final String BREAKDOWN_HEADER = "campaign_id,window,window_from,window_to,scope,dimension,key,"
      + "seizures,seized_kg,seized_pieces,unweighed_seizures,unweighed_pieces,declarations,inspections,violations,"
      + "hit_rate,median_seizure_kg,largest_seizure_kg,outlier_fence_kg,outlier_seizures,outlier_kg";

  @TempDir static Path out;
  private Dataset<Row> facts;
  private Map<String, String> breakdown;
  private List<String> breakdownLines;

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
    writer.writeRows("campaign_windows", CampaignWindows.SCHEMA, CampaignWindows.rows(CAMPAIGNS), "start_date",
        "campaign_id");
    CampaignFacts placed = CampaignFacts.collect(spark, facts, CampaignBreakdown.ranges(CAMPAIGNS));
    writer.writeRows("campaign_breakdown", CampaignBreakdown.SCHEMA, CampaignBreakdown.compute(placed, CAMPAIGNS),
        CampaignBreakdown.ORDER);
    writer.writeRows("campaign_largest_seizures", CampaignLargestSeizures.SCHEMA,
        CampaignLargestSeizures.top(placed, CAMPAIGNS, 3), CampaignLargestSeizures.ORDER);
    breakdownLines = lines("campaign_breakdown");
    breakdown = breakdownLines.stream().skip(1).collect(Collectors.toMap(
        line -> String.join(" ", List.of(line.split(",")).subList(0, 7)).replaceAll(" 20\\d\\d-\\d\\d-\\d\\d", ""),
        line -> line));
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

  @Nested
  @DisplayName("campaign_breakdown")
  class Breakdown {
    @Test
    @DisplayName("the campaign window at the scope ports: 8 seizures (2 unweighed, 15 pieces), 4 of 5 declarations"
        + " inspected, 2 violations, median 1 t, fence 1,000 t and one outlier")
    void campaignInScope() {
      assertEquals(BREAKDOWN_HEADER, breakdownLines.get(0));
      assertEquals("OP-1,CAMPAIGN,2024-03-01,2024-03-10,IN_SCOPE,ALL,ALL,8,10012110,19,2,15,5,4,2,0.5,1000,10000000,"
          + "1000000,1,10000000", breakdown.get("OP-1 CAMPAIGN IN_SCOPE ALL ALL"));
      // MYPKG: 10, 100, 10,000 kg and 12 unweighed pieces; D1 violation, D2 and D5 compliant.
      assertEquals("OP-1,CAMPAIGN,2024-03-01,2024-03-10,IN_SCOPE,PORT,MYPKG,4,10110,12,1,12,3,3,1,0.3333333333,100,"
          + "10000,1000000,0,0", breakdown.get("OP-1 CAMPAIGN IN_SCOPE PORT MYPKG"));
      // THLCH: 1,000, 1,000 (4 pieces) and 10,000,000 kg, 3 unweighed pieces; D3 violation, D4 not inspected.
      assertEquals("OP-1,CAMPAIGN,2024-03-01,2024-03-10,IN_SCOPE,PORT,THLCH,4,10002000,7,1,3,2,1,1,1,1000,10000000,"
          + "1000000,1,10000000", breakdown.get("OP-1 CAMPAIGN IN_SCOPE PORT THLCH"));
      assertEquals("OP-1,CAMPAIGN,2024-03-01,2024-03-10,IN_SCOPE,ROUTE,US>TH,1,10000000,0,0,0,0,0,0,,10000000,10000000,"
          + "1000000,1,10000000", breakdown.get("OP-1 CAMPAIGN IN_SCOPE ROUTE US>TH"));
      assertEquals("OP-1,CAMPAIGN,2024-03-01,2024-03-10,IN_SCOPE,WASTE_CATEGORY,E_WASTE,4,2000,19,2,15,2,1,1,1,1000,"
          + "1000,1000000,0,0", breakdown.get("OP-1 CAMPAIGN IN_SCOPE WASTE_CATEGORY E_WASTE"));
    }

    @Test
    @DisplayName("out of scope and in the prior window: fewer than 5 weighed seizures, so no fence and no outliers")
    void fewSeizures() {
      assertEquals("OP-1,CAMPAIGN,2024-03-01,2024-03-10,OUT_OF_SCOPE,ALL,ALL,2,800,0,0,0,1,1,1,1,400,500,,0,0",
          breakdown.get("OP-1 CAMPAIGN OUT_OF_SCOPE ALL ALL"));
      assertEquals("OP-1,PRIOR,2024-02-20,2024-02-29,IN_SCOPE,ALL,ALL,2,50,2,1,2,2,2,1,0.5,50,50,,0,0",
          breakdown.get("OP-1 PRIOR IN_SCOPE ALL ALL"));
      assertEquals("OP-0,CAMPAIGN,2023-03-01,2023-03-05,IN_SCOPE,ALL,ALL,2,50,0,0,0,2,2,1,0.5,25,30,,0,0",
          breakdown.get("OP-0 CAMPAIGN IN_SCOPE ALL ALL"));
    }

    @Test
    @DisplayName("the reporting country is the record's, not the port's; routes are ORIGIN>DESTINATION")
    void keys() {
      assertEquals(List.of("BE 1 0", "MY 1 0", "NL 0 1"), keysOf("OP-1 CAMPAIGN OUT_OF_SCOPE REPORTING_COUNTRY"));
      assertEquals(List.of("GB>MY 4 3", "JP>TH 3 2", "US>TH 1 0"), keysOf("OP-1 CAMPAIGN IN_SCOPE ROUTE"));
      assertEquals(List.of("E_WASTE 4 2", "METAL_SCRAP 1 0", "PLASTIC 3 3"),
          keysOf("OP-1 CAMPAIGN IN_SCOPE WASTE_CATEGORY"));
    }

    @Test
    @DisplayName("only keys with a record: no rows for OP-0's empty prior window or out of its scope; 34 rows in all")
    void noEmptyRows() {
      assertEquals(List.of(), keysOf("OP-0 PRIOR"));
      assertEquals(List.of(), keysOf("OP-0 CAMPAIGN OUT_OF_SCOPE"));
      // OP-1 campaign in scope 1+2+2+3+3, out of scope 1+2+3+2+1, prior 1+2+2+2+2; OP-0 1+1+1+1+1.
      assertEquals(34, breakdownLines.size() - 1);
    }

    /** "key seizures declarations" of the rows whose id starts with the prefix. */
    private List<String> keysOf(String prefix) {
      return breakdown.entrySet().stream().filter(e -> e.getKey().startsWith(prefix + " "))
          .map(e -> e.getValue().split(","))
          .map(cells -> cells[6] + " " + cells[7] + " " + cells[12]).sorted().toList();
    }
  }

  @Test
  @DisplayName("campaign_largest_seizures: top 3 by kg then id, their share of the window's kg, the outlier flag")
  void largest() throws IOException {
    assertEquals(List.of("campaign_id,scope,rank,seizure_id,seizure_date,port,reporting_country,origin_country,"
            + "destination_country,waste_category,quantity_kg,pieces,share_of_window_kg,outlier",
        "OP-0,IN_SCOPE,1,S16,2023-03-03,MYPKG,MY,GB,MY,PLASTIC,30,,0.6,false",
        "OP-0,IN_SCOPE,2,S15,2023-03-02,MYPKG,MY,GB,MY,PLASTIC,20,,0.4,false",
        // 10,000,000 / 10,012,110 kg; S3 and S4 weigh the same, so the id decides.
        "OP-1,IN_SCOPE,1,S6,2024-03-10,THLCH,TH,US,TH,METAL_SCRAP,10000000,,0.9987904647,true",
        "OP-1,IN_SCOPE,2,S5,2024-03-05,MYPKG,MY,GB,MY,PLASTIC,10000,,0.0009987904647,false",
        "OP-1,IN_SCOPE,3,S3,2024-03-03,THLCH,TH,JP,TH,E_WASTE,1000,,0.00009987904647,false",
        "OP-1,OUT_OF_SCOPE,1,S9,2024-03-02,NLRTM,BE,NL,MY,PLASTIC,500,,0.625,false",
        "OP-1,OUT_OF_SCOPE,2,S10,2024-03-09,MYPEN,MY,GB,MY,PLASTIC,300,,0.375,false"),
        lines("campaign_largest_seizures"));
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
    List<Row> counts = CampaignCounts.count(CampaignFacts.collect(spark, facts, CampaignCounts.windows(both)), both);
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
    List<Row> alone = CampaignCounts.count(CampaignFacts.collect(spark, facts, CampaignCounts.windows(baselines)),
        baselines);
    assertEquals(ComparisonRows.build(baselines, alone, first, last), ComparisonRows.build(baselines, counts, first,
        last));
  }

  @Test
  @DisplayName("a fence needs at least 5 seizures heavier than 0 kg; a seizure equal to the fence is no outlier")
  void fenceNeedsFiveWeighed() {
    // Each case a group: weights (blank: unweighed), then the fence and the number of outliers.
    Map<String, String> cases = Map.of(
        "NLRTM", "10;10;10;10;0",
        "DEHAM", "10;10;10;10;10",
        // log10: 0, 1, 1, 2, 4; Q1 = 1, Q3 = 2, fence 10^(2 + 1.5) = 3162.278 kg.
        "GBFXT", "1;10;10;100;10000",
        "ITGOA", "1;10;100;1000;;0");
    Map<String, String> fences = new HashMap<>();
    cases.forEach((group, weights) -> {
      List<BigDecimal> kg = Stream.of(weights.split(";", -1)).map(w -> w.isEmpty() ? null : new BigDecimal(w))
          .toList();
      OutlierFences.Fence fence = OutlierFences.of(kg);
      fences.put(group, fence.kg() + " " + kg.stream().filter(fence::above).count());
    });
    assertEquals(Map.of("NLRTM", "null 0", "DEHAM", "10.000 0", "GBFXT", "3162.278 1", "ITGOA", "null 0"), fences);
  }

  @Test
  @DisplayName("quartiles as Spark's percentile interpolates them: between ranks, on a rank, and with ties")
  void quartiles() {
    assertEquals(2.25, SeizureSizes.percentile(new double[] {1, 2, 3, 3, 4, 7}, 0.25), 0.0);
    assertEquals(3.75, SeizureSizes.percentile(new double[] {1, 2, 3, 3, 4, 7}, 0.75), 0.0);
    assertEquals(2.0, SeizureSizes.percentile(new double[] {1, 2, 3, 4, 5}, 0.25), 0.0);
    assertEquals(5.0, SeizureSizes.percentile(new double[] {1, 5, 5, 9}, 0.5), 0.0);
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
