package org.wastetrail.jobs.targeting;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wastetrail.jobs.targeting.TargetingRows.assertRows;
import static org.wastetrail.jobs.targeting.TargetingRows.declaration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wastetrail.jobs.ingest.RecordKind;
import org.wastetrail.jobs.testing.SharedSpark;
import org.wastetrail.jobs.testing.WarehouseRows;

@ExtendWith(SharedSpark.class)
class RiskScoresTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 3, 31);

  /**
   * Twelve declarations up to as_of (D11 on it), D12 the day after. Nine inspected (D04, D08 and D13 were not: NONE
   * and DOCUMENTARY controls), four violations: the overall rate μ = 4/9. RANDOM controls: D02 (violation), D03, D06,
   * D10, so the prevalence estimate is 1/4. D13 is the only declaration of route DE>GH, HS 391590 and trader T4, never
   * inspected: those keys do not appear, but D13 counts among BEANR's six declarations.
   */
  private static Dataset<Row> declarations(SparkSession spark) {
    return WarehouseRows.table(spark, RecordKind.DECLARATIONS, List.of(
        declaration("D01", "2024-01-05", "BEANR", "BE>GH", "630910", "T1", "RISK_TARGETED", "VIOLATION"),
        declaration("D02", "2024-01-10", "BEANR", "BE>GH", "630910", "T1", "RANDOM", "VIOLATION"),
        declaration("D03", "2024-01-20", "BEANR", "BE>GH", "854900", "T2", "RANDOM", "COMPLIANT"),
        declaration("D04", "2024-02-01", "BEANR", "BE>GH", "630910", "T2", "NONE", "NOT_INSPECTED"),
        declaration("D05", "2024-02-03", "NLRTM", "NL>NG", "854900", "T3", "RISK_TARGETED", "COMPLIANT"),
        declaration("D06", "2024-02-10", "NLRTM", "NL>NG", "854900", "T3", "RANDOM", "COMPLIANT"),
        declaration("D07", "2024-02-15", "NLRTM", "NL>NG", "854900", "T3", "INTELLIGENCE", "VIOLATION"),
        declaration("D08", "2024-02-20", "NLRTM", "BE>GH", "630910", "T1", "DOCUMENTARY", "NOT_INSPECTED"),
        declaration("D09", "2024-03-01", "NLRTM", "NL>NG", "630910", "T2", "RISK_TARGETED", "COMPLIANT"),
        declaration("D10", "2024-03-05", "BEANR", "NL>NG", "854900", "T3", "RANDOM", "COMPLIANT"),
        declaration("D11", "2024-03-31", "NLRTM", "NL>NG", "854900", "T3", "RISK_TARGETED", "VIOLATION"),
        declaration("D12", "2024-04-01", "BEANR", "BE>GH", "630910", "T1", "RISK_TARGETED", "VIOLATION"),
        declaration("D13", "2024-03-10", "BEANR", "DE>GH", "391590", "T4", "NONE", "NOT_INSPECTED")));
  }

  private static List<Row> sorted(Dataset<Row> scores) {
    return scores.orderBy(col(TargetingColumns.DIMENSION), col(TargetingColumns.RANK).asc_nulls_first())
        .collectAsList();
  }

  @Test
  @DisplayName("every dimension's counts, priors, smoothed rates, intervals, lifts, ranks and RANDOM counts")
  void scores(SparkSession spark) {
    Dataset<Row> scores = RiskScores.compute(declarations(spark), AS_OF);
    assertEquals(TargetingColumns.RISK_SCORES, List.of(scores.columns()));
    // Intervals: the 5% and 95% quantiles of Beta(α + x, β + n − x), taken from SciPy's beta.ppf (independent).
    assertRows(List.of(
        // ALL: 12 declarations, 9 inspections, 4 violations; RANDOM 1 of 4; nothing smoothed or ranked.
        "ALL,ALL,,,,,,2024-01-05,2024-03-31,12,9,4,0.4444444,,,,,,0.4444444,,,4,1,0.25",
        // HS_CODE, PORT, ROUTE: two keys each with less spread than binomial (PORT: μ = 4/9, S = 4/4 + 4/5 − 16/9
        // = 1/45, S/μ(1 − μ) − 1 = 0.09 − 1 < 0), so M = N = 9, α = 4, β = 5.
        // 630910: 2 violations in 3 inspections (D04, D08 not inspected), (4 + 2)/(9 + 3) = 0.5, lift 0.5/(4/9) = 1.125.
        "HS_CODE,630910,,,,630910,,2024-01-05,2024-03-31,5,3,2,0.6666667,0.5,0.2712499,0.7287501,4,5,0.4444444,"
            + "1.125,1,1,1,1",
        "HS_CODE,854900,,,,854900,,2024-01-05,2024-03-31,6,6,2,0.3333333,0.4,0.2060733,0.6095851,4,5,0.4444444,"
            + "0.9,2,3,0,0",
        // BEANR: (4 + 2)/(9 + 4) = 6/13; NLRTM: (4 + 2)/(9 + 5) = 6/14.
        "PORT,BEANR,,,BEANR,,,2024-01-05,2024-03-31,6,4,2,0.5,0.4615385,0.2452998,0.6847622,4,5,0.4444444,"
            + "1.038462,1,3,1,0.3333333",
        "PORT,NLRTM,,,NLRTM,,,2024-01-05,2024-03-31,6,5,2,0.4,0.4285714,0.2239554,0.6452007,4,5,0.4444444,"
            + "0.9642857,2,1,0,0",
        "ROUTE,BE>GH,BE,GH,,,,2024-01-05,2024-03-31,5,3,2,0.6666667,0.5,0.2712499,0.7287501,4,5,0.4444444,"
            + "1.125,1,2,1,0.5",
        "ROUTE,NL>NG,NL,NG,,,,2024-01-05,2024-03-31,6,6,2,0.3333333,0.4,0.2060733,0.6095851,4,5,0.4444444,"
            + "0.9,2,2,0,0",
        // ROUTE_HS: 2/2, 2/5, 0/1, 0/1. Σ x²/n = 2.8, S = 2.8 − 16/9 = 46/45, S/μ(1 − μ) − 3 = 4.14 − 3 = 1.14;
        // denominator 9 − 4 + 1 − 31/9 = 23/9; ρ = 513/1150; M = 637/513 = 1.2417154, α = 0.5518735, β = 0.6898419.
        // The two 0/1 keys tie on smoothed rate, interval and inspections: key order decides.
        "ROUTE_HS,BE>GH|630910,BE,GH,,630910,,2024-01-05,2024-03-31,4,2,2,1,0.7871985,0.3767217,0.9952899,"
            + "0.5518735,0.6898419,0.4444444,1.771197,1,1,1,1",
        "ROUTE_HS,NL>NG|854900,NL,NG,,854900,,2024-01-05,2024-03-31,5,5,2,0.4,0.4088417,0.1267435,0.7264161,"
            + "0.5518735,0.6898419,0.4444444,0.9198938,2,2,0,0",
        "ROUTE_HS,BE>GH|854900,BE,GH,,854900,,2024-01-05,2024-03-31,1,1,0,0,0.2461836,0.002392319,0.7425944,"
            + "0.5518735,0.6898419,0.4444444,0.553913,3,1,0,0",
        // D09 was not a RANDOM control: no RANDOM inspections, so no RANDOM hit rate.
        "ROUTE_HS,NL>NG|630910,NL,NG,,630910,,2024-01-05,2024-03-31,1,1,0,0,0.2461836,0.002392319,0.7425944,"
            + "0.5518735,0.6898419,0.4444444,0.553913,4,0,0,",
        // TRADER: 2/2, 0/2, 2/5. Σ x²/n = 2.8, S = 46/45, 4.14 − 2 = 2.14; denominator 9 − 3 + 1 − 33/9 = 10/3;
        // ρ = 0.642, M = 0.358/0.642 = 0.5576324, α = 0.2478366, β = 0.3097958; T1 (α + 2)/(M + 2) = 0.878874.
        "TRADER,T1,,,,,T1,2024-01-05,2024-03-31,3,2,2,1,0.878874,0.4856347,0.9999769,0.2478366,0.3097958,"
            + "0.4444444,1.977467,1,1,1,1",
        "TRADER,T3,,,,,T3,2024-01-05,2024-03-31,5,5,2,0.4,0.4044594,0.1114819,0.7393942,0.2478366,0.3097958,"
            + "0.4444444,0.9100336,2,2,0,0",
        "TRADER,T2,,,,,T2,2024-01-05,2024-03-31,3,2,0,0,0.0969008,0.000001942517,0.4566599,0.2478366,0.3097958,"
            + "0.4444444,0.2180268,3,1,0,0"),
        sorted(scores));
  }

  @Test
  @DisplayName("a trader with 1 violation in 1 inspection ranks below one with 40 in 100 when the overall rate is ~21%")
  void oneOfOneRanksBelowFortyOfHundred(SparkSession spark) {
    List<Row> rows = new ArrayList<>();
    addTrader(rows, "ONE", 1, 1);
    addTrader(rows, "FORTY", 40, 100);
    addTrader(rows, "TEN", 10, 100);
    addTrader(rows, "FIFTEEN", 15, 100);
    addTrader(rows, "TWENTY", 20, 100);
    // k = 5, N = 401, X = 86, μ = 0.2144638; Σ x²/n = 1 + 16 + 1 + 2.25 + 4 = 24.25, S = 24.25 − 86²/401 = 5.806110;
    // S/μ(1 − μ) − 4 = 34.46 − 4 = 30.46; denominator 401 − 5 + 1 − 40001/401 = 297.2469; ρ = 0.1024870;
    // M = 8.757334, α = 1.878132. FORTY: (1.878132 + 40)/(8.757334 + 100) = 0.3850603;
    // ONE: (1.878132 + 1)/(8.757334 + 1) = 0.2949711 — raw, ONE's 100% would have topped FORTY's 40%.
    Dataset<Row> traders = RiskScores.compute(WarehouseRows.table(spark, RecordKind.DECLARATIONS, rows), AS_OF)
        .filter(col(TargetingColumns.DIMENSION).equalTo(TargetingColumns.TRADER))
        .select(TargetingColumns.KEY, TargetingColumns.HIT_RATE, TargetingColumns.SMOOTHED_RATE,
            TargetingColumns.OVERALL_HIT_RATE, TargetingColumns.RANK);
    assertRows(List.of(
        "FORTY,0.4,0.3850603,0.2144638,1",
        "ONE,1,0.2949711,0.2144638,2",
        "TWENTY,0.2,0.2011647,0.2144638,3",
        "FIFTEEN,0.15,0.1551907,0.2144638,4",
        "TEN,0.1,0.1092168,0.2144638,5"),
        traders.orderBy(TargetingColumns.RANK).collectAsList());
  }

  @Test
  @DisplayName("nothing inspected up to as_of: no rows, not even ALL")
  void nothingInspected(SparkSession spark) {
    Dataset<Row> declarations = WarehouseRows.table(spark, RecordKind.DECLARATIONS, List.of(
        declaration("D1", "2024-03-01", "BEANR", "BE>GH", "630910", "T1", "NONE", "NOT_INSPECTED"),
        declaration("D2", "2024-04-01", "BEANR", "BE>GH", "630910", "T1", "RANDOM", "VIOLATION")));
    assertEquals(0, RiskScores.compute(declarations, AS_OF).count());
  }

  /** {@code inspections} RISK_TARGETED declarations of a trader, the first {@code violations} of them violations. */
  private static void addTrader(List<Row> rows, String trader, int violations, int inspections) {
    for (int i = 0; i < inspections; i++) {
      rows.add(declaration(trader + "-" + i, "2024-01-15", "BEANR", "BE>GH", "630910", trader, "RISK_TARGETED",
          i < violations ? "VIOLATION" : "COMPLIANT"));
    }
  }
}
