package org.wastetrail.jobs.campaigns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wastetrail.jobs.testing.WarehouseRows.declaration;
import static org.wastetrail.jobs.testing.WarehouseRows.seizure;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wastetrail.jobs.aggregate.Facts;
import org.wastetrail.jobs.ingest.RecordKind;
import org.wastetrail.jobs.testing.SharedSpark;
import org.wastetrail.jobs.testing.WarehouseRows;

@ExtendWith(SharedSpark.class)
class CampaignComparisonTest {
  /** OP-1 ran 2024-03-01..10 (10 days) at MYPKG; its prior period is 2024-02-20..29 (a leap year). */
  private static final Campaign OP = new Campaign("OP-1", "Operation One", LocalDate.of(2024, 3, 1),
      LocalDate.of(2024, 3, 10), List.of("MYPKG"), 12, null);

  @Test
  @DisplayName("a fact is placed once in every window holding its date, the first and last day included; a window"
      + " ending before it starts holds none; declarations and unweighed seizures arrive summed per window and key")
  void placedByDay(SparkSession spark) {
    List<Row> seizures = List.of(
        seizure("S1", "2024-02-29", "MYPKG", "GB", "MY", "PLASTIC", "10", null),
        seizure("S2", "2024-03-01", "MYPKG", "GB", "MY", "PLASTIC", "20", null),
        seizure("S3", "2024-03-10", "MYPKG", "GB", "MY", "PLASTIC", "30", null),
        seizure("S4", "2024-03-11", "MYPKG", "GB", "MY", "PLASTIC", "40", null),
        seizure("S5", "2024-03-03", "MYPKG", "GB", "MY", "PLASTIC", null, 7L));
    List<Row> declarations = List.of(
        declaration("D1", "2024-03-02", "MYPKG", "GB", "MY", "PLASTIC", "1", "VIOLATION"),
        declaration("D2", "2024-03-09", "MYPKG", "GB", "MY", "PLASTIC", "1", "COMPLIANT"),
        declaration("D3", "2024-03-09", "MYPKG", "GB", "MY", "E_WASTE", "1", "NOT_INSPECTED"));
    CampaignFacts.Range campaign = new CampaignFacts.Range(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 10));
    CampaignFacts.Range baseline = new CampaignFacts.Range(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1));
    CampaignFacts.Range backwards = new CampaignFacts.Range(LocalDate.of(2024, 3, 10), LocalDate.of(2024, 3, 1));
    CampaignFacts placed = CampaignFacts.collect(spark, Facts.of(WarehouseRows.table(spark, RecordKind.DECLARATIONS,
        declarations), WarehouseRows.table(spark, RecordKind.SEIZURES, seizures)),
        List.of(campaign, baseline, backwards, campaign));
    assertEquals(List.of("S2", "S3"), ids(placed.in(campaign)));
    assertEquals(List.of("S1", "S2"), ids(placed.in(baseline)));
    assertEquals(List.of(), ids(placed.in(backwards)));
    // The two PLASTIC declarations and the unweighed seizure S5 in one sum; the E_WASTE declaration in its own.
    assertEquals(List.of("E_WASTE 0 0 0 0 1 0 0", "PLASTIC 1 7 1 7 2 2 1"), placed.in(campaign).stream()
        .filter(f -> !f.weighed())
        .map(f -> f.category() + " " + f.seizures() + " " + f.seizedPieces() + " " + f.unweighedSeizures() + " "
            + f.unweighedPieces() + " " + f.declarations() + " " + f.inspections() + " " + f.violations())
        .sorted().toList());
  }

  private static List<String> ids(List<CampaignFacts.Fact> facts) {
    return facts.stream().filter(CampaignFacts.Fact::weighed).map(CampaignFacts.Fact::recordId).sorted().toList();
  }

  @Test
  @DisplayName("hand-worked: 4 seizures in the window against 2 before it, ratio 2, exact p 44/64; a baseline before"
      + " the data gets a note, not a number")
  void handWorked(SparkSession spark) {
    List<Row> seizures = List.of(
        seizure("S1", "2024-03-01", "MYPKG", "GB", "MY", "PLASTIC", "10", null),
        seizure("S2", "2024-03-05", "MYPKG", "GB", "MY", "PLASTIC", "20", null),
        seizure("S3", "2024-03-10", "MYPKG", "GB", "MY", "E_WASTE", "30", null),
        seizure("S4", "2024-03-10", "MYPKG", "GB", "MY", "PLASTIC", null, 5L),
        seizure("S5", "2024-03-02", "NLRTM", "NL", "MY", "PLASTIC", "1", null),
        seizure("S6", "2024-02-20", "MYPKG", "GB", "MY", "PLASTIC", "5", null),
        seizure("S7", "2024-02-29", "MYPKG", "GB", "MY", "PLASTIC", "5", null),
        seizure("S8", "2024-03-11", "MYPKG", "GB", "MY", "PLASTIC", "5", null));
    List<Row> declarations = List.of(
        declaration("D1", "2024-03-02", "MYPKG", "GB", "MY", "PLASTIC", "1", "VIOLATION"),
        declaration("D2", "2024-03-03", "MYPKG", "GB", "MY", "PLASTIC", "1", "COMPLIANT"),
        declaration("D3", "2024-02-25", "MYPKG", "GB", "MY", "PLASTIC", "1", "VIOLATION"),
        declaration("D4", "2024-02-26", "MYPKG", "GB", "MY", "PLASTIC", "1", "COMPLIANT"),
        declaration("D5", "2024-02-27", "MYPKG", "GB", "MY", "PLASTIC", "1", "COMPLIANT"),
        declaration("D6", "2024-02-28", "MYPKG", "GB", "MY", "PLASTIC", "1", "COMPLIANT"));
    List<Comparison> plan = Comparison.plan(List.of(OP), List.of());
    List<Row> counts = CampaignCounts.count(CampaignFacts.collect(spark, Facts.of(WarehouseRows.table(spark,
        RecordKind.DECLARATIONS, declarations), WarehouseRows.table(spark, RecordKind.SEIZURES, seizures)),
        CampaignCounts.windows(plan)), plan);
    Map<String, Row> rows = ComparisonRows.build(plan, counts, LocalDate.of(2023, 6, 1), LocalDate.of(2024, 12, 31))
        .stream().collect(Collectors.toMap(r -> r.getString(1) + " " + r.getString(4) + " " + r.getString(5), r -> r));

    Row inScope = rows.get("PRIOR IN_SCOPE ALL");
    assertEquals("[OP-1,PRIOR,2024-02-20,2024-02-29,IN_SCOPE,ALL,10,10,4,2]", prefix(inScope, 10));
    assertEquals(2.0, inScope.getDouble(10), 1e-12);
    assertEquals(44.0 / 64, inScope.getDouble(13), 1e-12);
    // Hit rates 1/2 against 1/4: ratio 2.
    assertEquals("[2,1,4,1]", List.of(inScope.get(14), inScope.get(15), inScope.get(16), inScope.get(17)).toString()
        .replace(" ", ""));
    assertEquals(2.0, inScope.getDouble(18), 1e-12);
    assertEquals("60.000000", inScope.getDecimal(21).toPlainString());
    assertEquals("", inScope.getString(23));
    assertEquals("[OP-1,PRIOR,2024-02-20,2024-02-29,IN_SCOPE,E_WASTE,10,10,1,0]",
        prefix(rows.get("PRIOR IN_SCOPE E_WASTE"), 10));
    assertEquals("no seizures in the baseline: no seizure rate ratio; no inspections in one period: no hit-rate ratio",
        rows.get("PRIOR IN_SCOPE E_WASTE").getString(23));
    assertEquals("[OP-1,PRIOR,2024-02-20,2024-02-29,OUT_OF_SCOPE,ALL,10,10,1,0]",
        prefix(rows.get("PRIOR OUT_OF_SCOPE ALL"), 10));

    Row lastYear = rows.get("PREVIOUS_YEAR IN_SCOPE ALL");
    assertEquals("[OP-1,PREVIOUS_YEAR,2023-03-01,2023-03-10,IN_SCOPE,ALL,10,10,4,0]", prefix(lastYear, 10));
    assertEquals(null, lastYear.get(10));
    assertEquals("baseline 2023-03-01 to 2023-03-10 starts before the data (2023-06-01): no comparison",
        lastYear.getString(23));
  }

  @Test
  @DisplayName("29 February maps to 28 February a year earlier; an edition baseline is per administration per day")
  void baselines() {
    Campaign leap = new Campaign("LEAP", "Leap", LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 1), null, 10, null);
    Baseline previous = Baseline.previousYear(leap);
    assertEquals(List.of(LocalDate.of(2023, 2, 28), LocalDate.of(2023, 3, 1)), List.of(previous.from(), previous.to()));
    List<Comparison> plan = Comparison.plan(List.of(OP, leap), List.of("LEAP"));
    assertEquals(List.of("OP-1 PRIOR", "OP-1 PREVIOUS_YEAR", "OP-1 LEAP", "LEAP PRIOR", "LEAP PREVIOUS_YEAR"),
        plan.stream().map(c -> c.campaign().id() + " " + c.baseline().name()).toList());
  }

  private static String prefix(Row row, int columns) {
    StringBuilder text = new StringBuilder("[");
    for (int i = 0; i < columns; i++) {
      text.append(i == 0 ? "" : ",").append(row.get(i));
    }
    return text.append("]").toString();
  }
}
