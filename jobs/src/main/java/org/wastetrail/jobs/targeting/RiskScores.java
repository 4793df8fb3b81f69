package org.wastetrail.jobs.targeting;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.grouping;
import static org.apache.spark.sql.functions.inline;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;
import static org.wastetrail.jobs.targeting.TargetingColumns.ALL;
import static org.wastetrail.jobs.targeting.TargetingColumns.CONTROL_TYPE;
import static org.wastetrail.jobs.targeting.TargetingColumns.DECLARATIONS;
import static org.wastetrail.jobs.targeting.TargetingColumns.DECLARATION_DATE;
import static org.wastetrail.jobs.targeting.TargetingColumns.DESTINATION_COUNTRY;
import static org.wastetrail.jobs.targeting.TargetingColumns.DIMENSION;
import static org.wastetrail.jobs.targeting.TargetingColumns.FIRST_DATE;
import static org.wastetrail.jobs.targeting.TargetingColumns.HIT_RATE;
import static org.wastetrail.jobs.targeting.TargetingColumns.HS_CODE;
import static org.wastetrail.jobs.targeting.TargetingColumns.INSPECTIONS;
import static org.wastetrail.jobs.targeting.TargetingColumns.INSPECTION_RESULT;
import static org.wastetrail.jobs.targeting.TargetingColumns.KEY;
import static org.wastetrail.jobs.targeting.TargetingColumns.LAST_DATE;
import static org.wastetrail.jobs.targeting.TargetingColumns.LIFT;
import static org.wastetrail.jobs.targeting.TargetingColumns.ORIGIN_COUNTRY;
import static org.wastetrail.jobs.targeting.TargetingColumns.OVERALL_HIT_RATE;
import static org.wastetrail.jobs.targeting.TargetingColumns.PORT;
import static org.wastetrail.jobs.targeting.TargetingColumns.PRIOR_ALPHA;
import static org.wastetrail.jobs.targeting.TargetingColumns.PRIOR_BETA;
import static org.wastetrail.jobs.targeting.TargetingColumns.RANDOM_HIT_RATE;
import static org.wastetrail.jobs.targeting.TargetingColumns.RANDOM_INSPECTIONS;
import static org.wastetrail.jobs.targeting.TargetingColumns.RANDOM_VIOLATIONS;
import static org.wastetrail.jobs.targeting.TargetingColumns.RANK;
import static org.wastetrail.jobs.targeting.TargetingColumns.SMOOTHED_CI_HIGH;
import static org.wastetrail.jobs.targeting.TargetingColumns.SMOOTHED_CI_LOW;
import static org.wastetrail.jobs.targeting.TargetingColumns.SMOOTHED_RATE;
import static org.wastetrail.jobs.targeting.TargetingColumns.TRADER_ID;
import static org.wastetrail.jobs.targeting.TargetingColumns.VIOLATION;
import static org.wastetrail.jobs.targeting.TargetingColumns.VIOLATIONS;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF7;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.wastetrail.jobs.campaigns.RateComparisons.Interval;
import scala.jdk.javaapi.CollectionConverters;

/**
 * {@code risk_scores}: the hit rate of every route, port, HS code, trader and route × HS code, smoothed towards its
 * dimension's rate by a fitted beta prior ({@link BetaBinomialPrior}) and ranked, so that a key with few inspections
 * cannot top the list by luck. One pass over the declarations counts every dimension; the prior and the posterior are
 * computed on the aggregated rows (one per key).
 */
public final class RiskScores {
  /** The posterior interval is the 5% to 95% quantile. */
  static final double INTERVAL_LEVEL = 0.9;

  private static final String KEYS = "_keys";
  private static final String TOTAL_INSPECTIONS = "_total_inspections";
  private static final String TOTAL_VIOLATIONS = "_total_violations";
  private static final String SUM_SQUARED_INSPECTIONS = "_sum_squared_inspections";
  private static final String SUM_SQUARED_VIOLATIONS_PER_INSPECTION = "_sum_squared_violations_per_inspection";
  private static final String POSTERIOR = "_posterior";
  private static final StructType POSTERIOR_TYPE = DataTypes.createStructType(List.of(
      DataTypes.createStructField(PRIOR_ALPHA, DataTypes.DoubleType, true),
      DataTypes.createStructField(PRIOR_BETA, DataTypes.DoubleType, true),
      DataTypes.createStructField(SMOOTHED_RATE, DataTypes.DoubleType, false),
      DataTypes.createStructField(SMOOTHED_CI_LOW, DataTypes.DoubleType, true),
      DataTypes.createStructField(SMOOTHED_CI_HIGH, DataTypes.DoubleType, true)));
  private static final UserDefinedFunction POSTERIOR_OF_KEY = udf(
      (UDF7<Long, Long, Long, Long, Double, Long, Long, Row>) RiskScores::posterior, POSTERIOR_TYPE);

  private RiskScores() {}

  /** Which side of a backtest's cut date a grain is on ({@link #TRAIN} without a cut). */
  static final String SIDE = "_side";
  static final String TRAIN = "TRAIN";
  static final String TEST = "TEST";
  /** True on a grain of the trader dimension, false on a grain of the shipment's origin, destination, port, HS code. */
  static final String TRADER_GRAIN = "_trader_grain";

  /** risk_scores of the declarations dated up to {@code asOf}, in the table's column order. */
  public static Dataset<Row> compute(Dataset<Row> declarations, LocalDate asOf) {
    return fromGrains(grains(declarations, null, asOf));
  }

  /** risk_scores of all the given {@link #grains}, in the table's column order. */
  public static Dataset<Row> fromGrains(Dataset<Row> grains) {
    return score(keyCounts(grains));
  }

  /**
   * The declarations dated up to {@code asOf}, counted per side of {@code cutDate} ({@link #TRAIN} before it,
   * {@link #TEST} from it; all {@link #TRAIN} when it is null) in two grains: per origin, destination, port and HS code
   * (every dimension but the trader's is a sum of these), and per trader (trader columns null in the first grain,
   * the others null in the second; {@link #TRADER_GRAIN} tells them apart): first and last date, declarations,
   * inspections, violations and their RANDOM-control counterparts. The scores and both sides of the backtest read the
   * grains rather than the declarations. One grain per origin, destination, port, HS code and trader would be one per
   * ten declarations; the two grains are a few per cent of that, counted in the same scan. Worth persisting.
   */
  public static Dataset<Row> grains(Dataset<Row> declarations, LocalDate cutDate, LocalDate asOf) {
    Column date = col(DECLARATION_DATE);
    Column side = cutDate == null ? lit(TRAIN)
        : when(date.lt(lit(Date.valueOf(cutDate))), lit(TRAIN)).otherwise(lit(TEST));
    Column inspected = col(INSPECTION_RESULT).isin(TargetingColumns.COMPLIANT, VIOLATION);
    Column violation = col(INSPECTION_RESULT).equalTo(VIOLATION);
    Column random = col(CONTROL_TYPE).equalTo(TargetingColumns.RANDOM);
    List<Column> shipment = List.of(col(SIDE), col(ORIGIN_COUNTRY), col(DESTINATION_COUNTRY), col(PORT), col(HS_CODE));
    List<Column> trader = List.of(col(SIDE), col(TRADER_ID));
    List<Column> all = List.of(col(SIDE), col(ORIGIN_COUNTRY), col(DESTINATION_COUNTRY), col(PORT), col(HS_CODE),
        col(TRADER_ID));
    List<Column> counts = List.of(max(date).as(LAST_DATE), count(lit(1)).as(DECLARATIONS),
        sum(when(inspected, 1L).otherwise(0L)).as(INSPECTIONS), sum(when(violation, 1L).otherwise(0L)).as(VIOLATIONS),
        sum(when(inspected.and(random), 1L).otherwise(0L)).as(RANDOM_INSPECTIONS),
        sum(when(violation.and(random), 1L).otherwise(0L)).as(RANDOM_VIOLATIONS),
        // 0 where the trader is grouped: the trader grain.
        grouping(col(ORIGIN_COUNTRY)).equalTo(1).as(TRADER_GRAIN));
    return declarations.filter(date.leq(lit(Date.valueOf(asOf))))
        .withColumn(SIDE, side)
        .groupingSets(seq(List.of(seq(shipment), seq(trader))), seq(all))
        .agg(min(date).as(FIRST_DATE), seq(counts));
  }

  /**
   * One row per dimension (ALL included) and key of the grains: the key columns, first and last declaration date,
   * declarations, inspections, violations and their RANDOM-control counterparts. Also the test side of the backtest.
   * The trader's keys come from the trader grain, every other dimension's from the shipment grain, so each
   * declaration counts once in each dimension.
   */
  static Dataset<Row> keyCounts(Dataset<Row> grains) {
    Column route = concat(col(ORIGIN_COUNTRY), lit(">"), col(DESTINATION_COUNTRY));
    Column shipmentKeys = array(
        key(ALL, lit(ALL), false, false, false, false, false),
        key(TargetingColumns.ROUTE, route, true, true, false, false, false),
        key(TargetingColumns.PORT_DIMENSION, col(PORT), false, false, true, false, false),
        key(TargetingColumns.HS_CODE_DIMENSION, col(HS_CODE), false, false, false, true, false),
        key(TargetingColumns.ROUTE_HS, concat(route, lit("|"), col(HS_CODE)), true, true, false, true, false));
    Column traderKeys = array(key(TargetingColumns.TRADER, col(TRADER_ID), false, false, false, false, true));
    return grains
        .select(col(FIRST_DATE), col(LAST_DATE), col(DECLARATIONS), col(INSPECTIONS), col(VIOLATIONS),
            col(RANDOM_INSPECTIONS), col(RANDOM_VIOLATIONS),
            inline(when(col(TRADER_GRAIN), traderKeys).otherwise(shipmentKeys)))
        .groupBy(DIMENSION, KEY, ORIGIN_COUNTRY, DESTINATION_COUNTRY, PORT, HS_CODE, TRADER_ID)
        .agg(min(FIRST_DATE).as(FIRST_DATE), max(LAST_DATE).as(LAST_DATE),
            sum(DECLARATIONS).as(DECLARATIONS), sum(INSPECTIONS).as(INSPECTIONS), sum(VIOLATIONS).as(VIOLATIONS),
            sum(RANDOM_INSPECTIONS).as(RANDOM_INSPECTIONS), sum(RANDOM_VIOLATIONS).as(RANDOM_VIOLATIONS));
  }

  private static <T> scala.collection.immutable.Seq<T> seq(List<T> items) {
    return CollectionConverters.asScala(items).toSeq();
  }

  /** A declaration's key in one dimension, with the key columns the dimension fills (the others null). */
  private static Column key(String dimension, Column key, boolean origin, boolean destination, boolean port,
      boolean hsCode, boolean trader) {
    return struct(lit(dimension).as(DIMENSION), key.as(KEY), keyColumn(ORIGIN_COUNTRY, origin),
        keyColumn(DESTINATION_COUNTRY, destination), keyColumn(PORT, port), keyColumn(HS_CODE, hsCode),
        keyColumn(TRADER_ID, trader));
  }

  private static Column keyColumn(String name, boolean filled) {
    return (filled ? col(name) : lit(null).cast(DataTypes.StringType)).as(name);
  }

  /**
   * Fits each dimension's prior and scores its keys. Every declaration has exactly one key in each dimension, so each
   * dimension's totals are the overall totals and its first and last dates the window's: a window over the dimension
   * gives the prior's sums, the overall hit rate and the window without a join.
   */
  private static Dataset<Row> score(Dataset<Row> counts) {
    WindowSpec dimension = Window.partitionBy(DIMENSION);
    Column inspections = col(INSPECTIONS);
    Column violations = col(VIOLATIONS);
    Column ranked = col(DIMENSION).notEqual(ALL);
    Dataset<Row> scored = counts
        .withColumn(FIRST_DATE, min(FIRST_DATE).over(dimension))
        .withColumn(LAST_DATE, max(LAST_DATE).over(dimension))
        .filter(inspections.geq(1))
        .withColumn(KEYS, count(lit(1)).over(dimension))
        .withColumn(TOTAL_INSPECTIONS, sum(inspections).over(dimension))
        .withColumn(TOTAL_VIOLATIONS, sum(violations).over(dimension))
        .withColumn(SUM_SQUARED_INSPECTIONS, sum(inspections.multiply(inspections)).over(dimension))
        // A sum of doubles depends on the order of its terms: summed in key order, it is the same however the rows
        // are partitioned (one machine or a cluster, any number of shuffle partitions).
        .withColumn(SUM_SQUARED_VIOLATIONS_PER_INSPECTION,
            sum(violations.multiply(violations).divide(inspections)).over(Window.partitionBy(DIMENSION)
                .orderBy(col(KEY)).rowsBetween(Window.unboundedPreceding(), Window.unboundedFollowing())))
        .withColumn(POSTERIOR, when(ranked, POSTERIOR_OF_KEY.apply(col(KEYS), col(TOTAL_INSPECTIONS),
            col(TOTAL_VIOLATIONS), col(SUM_SQUARED_INSPECTIONS), col(SUM_SQUARED_VIOLATIONS_PER_INSPECTION),
            violations, inspections)))
        .withColumn(OVERALL_HIT_RATE, col(TOTAL_VIOLATIONS).divide(col(TOTAL_INSPECTIONS)));
    Column smoothed = col(POSTERIOR + "." + SMOOTHED_RATE);
    Column ciLow = col(POSTERIOR + "." + SMOOTHED_CI_LOW);
    WindowSpec byRisk = Window.partitionBy(DIMENSION)
        .orderBy(smoothed.desc_nulls_last(), ciLow.desc_nulls_last(), inspections.desc(), col(KEY).asc());
    Column overall = col(OVERALL_HIT_RATE);
    return scored.select(col(DIMENSION), col(KEY), col(ORIGIN_COUNTRY), col(DESTINATION_COUNTRY), col(PORT),
        col(HS_CODE), col(TRADER_ID), col(FIRST_DATE), col(LAST_DATE), col(DECLARATIONS), inspections, violations,
        violations.divide(inspections).as(HIT_RATE), smoothed.as(SMOOTHED_RATE), ciLow.as(SMOOTHED_CI_LOW),
        col(POSTERIOR + "." + SMOOTHED_CI_HIGH).as(SMOOTHED_CI_HIGH),
        col(POSTERIOR + "." + PRIOR_ALPHA).as(PRIOR_ALPHA), col(POSTERIOR + "." + PRIOR_BETA).as(PRIOR_BETA), overall,
        when(overall.gt(0), smoothed.divide(overall)).as(LIFT),
        when(ranked, row_number().over(byRisk)).as(RANK), col(RANDOM_INSPECTIONS), col(RANDOM_VIOLATIONS),
        when(col(RANDOM_INSPECTIONS).gt(0), col(RANDOM_VIOLATIONS).divide(col(RANDOM_INSPECTIONS)))
            .as(RANDOM_HIT_RATE));
  }

  /** The prior fitted from the dimension's sums, and the key's posterior under it. */
  private static Row posterior(Long keys, Long totalInspections, Long totalViolations, Long sumSquaredInspections,
      Double sumSquaredViolationsPerInspection, Long violations, Long inspections) {
    BetaBinomialPrior prior = BetaBinomialPrior.fit(keys, totalInspections, totalViolations, sumSquaredInspections,
        sumSquaredViolationsPerInspection);
    double smoothed = prior.smoothed(violations, inspections);
    if (!prior.isProper()) {
      return RowFactory.create(null, null, smoothed, null, null);
    }
    Interval interval = prior.interval(violations, inspections, INTERVAL_LEVEL);
    return RowFactory.create(prior.alpha(), prior.beta(), smoothed, interval.low(), interval.high());
  }
}
