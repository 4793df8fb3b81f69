package org.wastetrail.jobs.targeting;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wastetrail.jobs.targeting.TargetingRows.assertRows;
import static org.wastetrail.jobs.targeting.TargetingRows.declaration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wastetrail.jobs.ingest.RecordKind;
import org.wastetrail.jobs.testing.SharedSpark;
import org.wastetrail.jobs.testing.WarehouseRows;

@ExtendWith(SharedSpark.class)
class RiskBacktestTest {
  private static final LocalDate CUT = LocalDate.of(2024, 3, 1);
  private static final LocalDate AS_OF = LocalDate.of(2024, 4, 30);
  private static final List<Double> BUDGETS = List.of(0.05, 0.1, 0.4, 1.0);

  /**
   * Five traders inspected before the cut (January and February 2024), all through one port, route and HS code:
   * A 3/3, B 2/3, C 1/3, D 1/4, E 0/3 (violations/inspections). The fitted prior (μ = 7/16, M = 1.4756737) ranks them
   * A 0.8145, B 0.5911, C 0.3677, D 0.3005, E 0.1442. After the cut, to as_of: A 3/4, B none (one declaration, not
   * inspected), C 2/6, D 1/2, E 0/3 and F 1/5, a trader never seen before the cut that cannot be selected. The test
   * period holds 20 inspections and 7 violations (35%); a violation of A on 2 May is after as_of.
   */
  private static Dataset<Row> declarations(SparkSession spark) {
    List<Row> rows = new ArrayList<>();
    inspected(rows, "A", "2024-01-02", 3, 3);
    inspected(rows, "B", "2024-01-10", 2, 3);
    inspected(rows, "C", "2024-02-01", 1, 3);
    inspected(rows, "D", "2024-02-15", 1, 4);
    inspected(rows, "E", "2024-02-29", 0, 3);
    inspected(rows, "A", "2024-03-01", 3, 4);
    rows.add(declaration("B-late", "2024-03-15", "BEANR", "BE>GH", "630910", "B", "NONE", "NOT_INSPECTED"));
    inspected(rows, "C", "2024-03-20", 2, 6);
    inspected(rows, "D", "2024-04-01", 1, 2);
    inspected(rows, "E", "2024-04-15", 0, 3);
    inspected(rows, "F", "2024-04-30", 1, 5);
    inspected(rows, "A", "2024-05-02", 1, 1);
    return WarehouseRows.table(spark, RecordKind.DECLARATIONS, rows);
  }

  /** Declarations of a trader on one day, all RISK_TARGETED and inspected, the first {@code violations} violations. */
  private static void inspected(List<Row> rows, String trader, String date, int violations, int inspections) {
    for (int i = 0; i < inspections; i++) {
      rows.add(declaration(trader + date + "-" + i, date, "BEANR", "BE>GH", "630910", trader, "RISK_TARGETED",
          i < violations ? "VIOLATION" : "COMPLIANT"));
    }
  }

  private static List<Row> rowsOf(Dataset<Row> backtest, String dimension) {
    return backtest.filter(col(TargetingColumns.DIMENSION).equalTo(dimension))
        .orderBy(TargetingColumns.BUDGET_SHARE).collectAsList();
  }

  @Test
  @DisplayName("traders: budgets of 1, 2, 8 and 20 test inspections select nothing, D, A and D, then A, C, D and E")
  void traders(SparkSession spark) {
    Dataset<Row> backtest = RiskBacktest.run(spark, declarations(spark), CUT, AS_OF, BUDGETS);
    assertEquals(List.of(RiskBacktest.SCHEMA.fieldNames()), List.of(backtest.columns()));
    String split = "TRADER,2024-03-01,2024-01-02,2024-02-29,2024-03-01,2024-04-30,";
    // Walk in rank order A (4 test inspections), B (none: ignored), C (6), D (2), E (3); five keys scored.
    // 5% of 20 = 1: nothing fits, A, C, D and E are passed over; no hit rate, no lift.
    // 10% = 2: A and C do not fit, D does (2, 1 violation), E no longer fits. 1/2 = 0.5, lift 0.5/0.35 = 1.428571;
    //   Clopper–Pearson for 1 of 2: 0.025 quantile of Beta(1, 2) = 1 − √0.975 = 0.01257912, and 1 − that.
    // 40% = 8: A fits (4 left), C is passed over, D fits (2 left), E is passed over: 6 inspections, 4 violations.
    // 100% = 20: A, C, D, E: 15 inspections, 6 violations; F's 5 test inspections are not selectable.
    // Clopper–Pearson bounds of 4/6 and 6/15: Beta quantiles from SciPy's beta.ppf (an independent implementation).
    assertRows(List.of(
        split + "0.05,1,5,0,4,0,0,,,,20,7,0.35,",
        split + "0.1,2,5,1,3,2,1,0.5,0.01257912,0.9874209,20,7,0.35,1.428571",
        split + "0.4,8,5,2,2,6,4,0.6666667,0.2227781,0.9567281,20,7,0.35,1.904762",
        split + "1,20,5,4,0,15,6,0.4,0.1633643,0.6771302,20,7,0.35,1.142857"),
        rowsOf(backtest, TargetingColumns.TRADER));
    assertEquals(1 - Math.sqrt(0.975), rowsOf(backtest, TargetingColumns.TRADER).get(1).getDouble(14), 1e-9);
  }

  @Test
  @DisplayName("one port: its 20 test inspections fit only the whole budget, which finds the test hit rate, lift 1")
  void singleKey(SparkSession spark) {
    Dataset<Row> backtest = RiskBacktest.run(spark, declarations(spark), CUT, AS_OF, List.of(0.5, 1.0));
    String split = "PORT,2024-03-01,2024-01-02,2024-02-29,2024-03-01,2024-04-30,";
    // Clopper–Pearson for 7 of 20 from SciPy's beta.ppf: 0.1539092–0.5921885.
    assertRows(List.of(
        split + "0.5,10,1,0,1,0,0,,,,20,7,0.35,",
        split + "1,20,1,1,0,20,7,0.35,0.1539092,0.5921885,20,7,0.35,1"),
        rowsOf(backtest, TargetingColumns.PORT_DIMENSION));
    assertEquals(List.of("HS_CODE", "PORT", "ROUTE", "ROUTE_HS", "TRADER"),
        backtest.select(TargetingColumns.DIMENSION).distinct().orderBy(TargetingColumns.DIMENSION)
            .as(Encoders.STRING()).collectAsList());
  }

  @Test
  @DisplayName("no backtest without a cut date, without train inspections or without test inspections")
  void noBacktest(SparkSession spark) {
    Dataset<Row> declarations = declarations(spark);
    assertEquals(0, RiskBacktest.run(spark, declarations, null, AS_OF, BUDGETS).count());
    assertEquals(0, RiskBacktest.run(spark, declarations, LocalDate.of(2024, 1, 1), AS_OF, BUDGETS).count());
    assertEquals(0, RiskBacktest.run(spark, declarations, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 2, 29),
        BUDGETS).count());
  }

  @Nested
  @DisplayName("default cut date")
  class DefaultCutDate {
    @ParameterizedTest(name = "data {0} to {1}: cut {2}")
    @CsvSource(nullValues = "none", value = {
        // 30 months: the test is the last 12 (July 2023 to June 2024), 18 months lie before it.
        "2022-01-15, 2024-06-10, 2023-07-01",
        // Exactly 12 months before the last 12.
        "2022-07-31, 2024-06-30, 2023-07-01",
        // 23 months, only 11 before the last 12: the middle month, August 2022 + ceil(23/2) = 12 months.
        "2022-08-01, 2024-06-30, 2023-08-01",
        // 6 months: January + 3; 5 months: January + ceil(5/2) = 3.
        "2024-01-10, 2024-06-20, 2024-04-01",
        "2024-01-10, 2024-05-20, 2024-04-01",
        // 2 months: the second.
        "2024-01-31, 2024-02-01, 2024-02-01",
        // 1 month: no backtest.
        "2024-03-01, 2024-03-31, none"})
    void cutDate(LocalDate first, LocalDate asOf, LocalDate cut) {
      assertEquals(cut, RiskBacktest.defaultCutDate(first, asOf));
    }
  }
}
