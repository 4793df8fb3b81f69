package org.wastetrail.jobs.targeting;

import static org.wastetrail.jobs.targeting.TargetingColumns.ALL;
import static org.wastetrail.jobs.targeting.TargetingColumns.DIMENSION;
import static org.wastetrail.jobs.targeting.TargetingColumns.FIRST_DATE;
import static org.wastetrail.jobs.targeting.TargetingColumns.KEY;
import static org.wastetrail.jobs.targeting.TargetingColumns.RANK;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.wastetrail.jobs.campaigns.RateComparisons;

/**
 * {@code risk_backtest}: would the risk scores have found violations? Keys are scored on the declarations before a cut
 * date exactly as {@link RiskScores} scores them; then, for each budget (a share of the test period's inspections),
 * the keys are taken in rank order while their test inspections fit, and the hit rate of what they found is compared
 * with the hit rate of all test inspections.
 */
public final class RiskBacktest {
  /** The test period of a long history: the last twelve months. */
  static final int TEST_MONTHS = 12;

  public static final StructType SCHEMA = DataTypes.createStructType(List.of(
      field(DIMENSION, DataTypes.StringType, false),
      field(TargetingColumns.CUT_DATE, DataTypes.DateType, false),
      field(TargetingColumns.TRAIN_FROM, DataTypes.DateType, false),
      field(TargetingColumns.TRAIN_TO, DataTypes.DateType, false),
      field(TargetingColumns.TEST_FROM, DataTypes.DateType, false),
      field(TargetingColumns.TEST_TO, DataTypes.DateType, false),
      field(TargetingColumns.BUDGET_SHARE, DataTypes.DoubleType, false),
      field(TargetingColumns.BUDGET_INSPECTIONS, DataTypes.LongType, false),
      field(TargetingColumns.KEYS_SCORED, DataTypes.LongType, false),
      field(TargetingColumns.KEYS_SELECTED, DataTypes.LongType, false),
      field(TargetingColumns.KEYS_PASSED_OVER, DataTypes.LongType, false),
      field(TargetingColumns.SELECTED_INSPECTIONS, DataTypes.LongType, false),
      field(TargetingColumns.SELECTED_VIOLATIONS, DataTypes.LongType, false),
      field(TargetingColumns.SELECTED_HIT_RATE, DataTypes.DoubleType, true),
      field(TargetingColumns.SELECTED_CI_LOW, DataTypes.DoubleType, true),
      field(TargetingColumns.SELECTED_CI_HIGH, DataTypes.DoubleType, true),
      field(TargetingColumns.TEST_INSPECTIONS, DataTypes.LongType, false),
      field(TargetingColumns.TEST_VIOLATIONS, DataTypes.LongType, false),
      field(TargetingColumns.TEST_HIT_RATE, DataTypes.DoubleType, false),
      field(TargetingColumns.LIFT, DataTypes.DoubleType, true)));


  private RiskBacktest() {}

  /**
   * The default cut date: the first day of the month eleven months before as_of's month (a test of twelve months)
   * when at least twelve months of data lie before it; otherwise the first day of the middle month of the data's
   * months (the first month plus ceil(months / 2)); {@code null} when the data spans fewer than two months.
   */
  public static LocalDate defaultCutDate(LocalDate firstDate, LocalDate asOf) {
    YearMonth first = YearMonth.from(firstDate);
    YearMonth last = YearMonth.from(asOf);
    long months = ChronoUnit.MONTHS.between(first, last) + 1;
    if (months < 2) {
      return null;
    }
    YearMonth testStart = last.minusMonths(TEST_MONTHS - 1);
    if (ChronoUnit.MONTHS.between(first, testStart) >= TEST_MONTHS) {
      return testStart.atDay(1);
    }
    return first.plusMonths((months + 1) / 2).atDay(1);
  }

  /**
   * risk_backtest for each ranked dimension and budget share, or no rows when {@code cutDate} is null or the train or
   * the test side has no inspection. The grains are collected and both sides scored and matched on the driver.
   */
  public static Dataset<Row> run(SparkSession spark, Dataset<Row> declarations, LocalDate cutDate, LocalDate asOf,
      List<Double> budgetShares) {
    if (cutDate == null) {
      return spark.createDataFrame(List.of(), SCHEMA);
    }
    return fromGrains(spark, RiskScores.grains(declarations, cutDate, asOf).collectAsList(), cutDate, asOf,
        budgetShares);
  }

  /** As {@link #run}, from the collected {@link RiskScores#grains} split at {@code cutDate} (not null). */
  public static Dataset<Row> fromGrains(SparkSession spark, List<Row> grains, LocalDate cutDate, LocalDate asOf,
      List<Double> budgetShares) {
    List<Row> train = new ArrayList<>();
    List<Row> test = new ArrayList<>();
    for (Row grain : grains) {
      (RiskScores.TEST.equals(grain.getAs(RiskScores.SIDE)) ? test : train).add(grain);
    }
    Map<List<String>, long[]> tested = new HashMap<>();
    for (RiskScores.KeyCounts key : RiskScores.keyCounts(test)) {
      tested.put(Arrays.asList(key.dimension, key.key), new long[] {key.inspections, key.violations});
    }
    // The scored rows in the table's column order: dimension, key, ..., first_date at 7, ..., rank at 20.
    int keyAt = TargetingColumns.RISK_SCORES.indexOf(KEY);
    int rankAt = TargetingColumns.RISK_SCORES.indexOf(RANK);
    int firstDateAt = TargetingColumns.RISK_SCORES.indexOf(FIRST_DATE);
    List<Row> trained = RiskScores.fromGrains(train);
    Map<String, List<ScoredKey>> byDimension = new LinkedHashMap<>();
    LocalDate trainFrom = null;
    long[] none = {0, 0};
    long[] all = tested.get(Arrays.asList(ALL, ALL));
    TestTotals totals = all != null ? new TestTotals(all[0], all[1]) : null;
    for (Row row : trained) {
      String dimension = row.getString(0);
      Date firstDate = (Date) row.get(firstDateAt);
      if (firstDate != null) {
        trainFrom = firstDate.toLocalDate();
      }
      long[] testCounts = tested.getOrDefault(Arrays.asList(dimension, row.getString(keyAt)), none);
      if (dimension.equals(ALL)) {
        totals = new TestTotals(testCounts[0], testCounts[1]);
      } else if (!row.isNullAt(rankAt)) {
        byDimension.computeIfAbsent(dimension, d -> new ArrayList<>())
            .add(new ScoredKey(row.getInt(rankAt), testCounts[0], testCounts[1]));
      }
    }
    if (trainFrom == null || totals == null || totals.inspections() == 0) {
      return spark.createDataFrame(List.of(), SCHEMA);
    }
    Split split = new Split(cutDate, trainFrom, asOf);
    List<Row> rows = new ArrayList<>();
    for (String dimension : TargetingColumns.RANKED_DIMENSIONS) {
      List<ScoredKey> scored = byDimension.getOrDefault(dimension, List.of());
      scored.sort(Comparator.comparingInt(ScoredKey::rank));
      for (double share : budgetShares) {
        rows.add(row(dimension, split, share, scored, totals));
      }
    }
    return spark.createDataFrame(rows, SCHEMA);
  }

  /** One dimension and budget: walk the keys in rank order, taking each whose test inspections still fit. */
  private static Row row(String dimension, Split split, double share, List<ScoredKey> scored, TestTotals totals) {
    // In decimal, so that a share such as 0.29 of 100 inspections is 29, not floor(28.999999999999996).
    long budget = BigDecimal.valueOf(share).multiply(BigDecimal.valueOf(totals.inspections()))
        .setScale(0, RoundingMode.FLOOR).longValueExact();
    long remaining = budget;
    long selected = 0;
    long passedOver = 0;
    long selectedInspections = 0;
    long selectedViolations = 0;
    for (ScoredKey key : scored) {
      if (key.testInspections() == 0) {
        continue;
      }
      if (key.testInspections() <= remaining) {
        remaining -= key.testInspections();
        selected++;
        selectedInspections += key.testInspections();
        selectedViolations += key.testViolations();
      } else {
        passedOver++;
      }
    }
    double testHitRate = (double) totals.violations() / totals.inspections();
    Double hitRate = null;
    Double low = null;
    Double high = null;
    Double lift = null;
    if (selectedInspections > 0) {
      hitRate = (double) selectedViolations / selectedInspections;
      RateComparisons.Interval interval = RateComparisons.clopperPearson(selectedViolations, selectedInspections);
      low = interval.low();
      high = interval.high();
      lift = testHitRate > 0 ? hitRate / testHitRate : null;
    }
    return RowFactory.create(dimension, Date.valueOf(split.cut()), Date.valueOf(split.trainFrom()),
        Date.valueOf(split.cut().minusDays(1)), Date.valueOf(split.cut()), Date.valueOf(split.asOf()), share,
        budget, (long) scored.size(), selected, passedOver, selectedInspections, selectedViolations, hitRate, low,
        high, totals.inspections(), totals.violations(), testHitRate, lift);
  }

  private static StructField field(String name, DataType type, boolean nullable) {
    return DataTypes.createStructField(name, type, nullable);
  }

  /** The train period runs from the first train declaration to the day before the cut, the test from the cut. */
  private record Split(LocalDate cut, LocalDate trainFrom, LocalDate asOf) {}

  /** A key scored on the train period, with what its test period inspections found. */
  private record ScoredKey(int rank, long testInspections, long testViolations) {}

  /** All inspections of the test period. */
  private record TestTotals(long inspections, long violations) {}
}
