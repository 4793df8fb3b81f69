package org.wastetrail.jobs.targeting;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.grouping;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_date;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
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
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.wastetrail.jobs.aggregate.PeriodAggregates;
import org.wastetrail.jobs.campaigns.RateComparisons.Interval;
import org.wastetrail.jobs.ingest.IngestSchemas;
import scala.jdk.javaapi.CollectionConverters;

/**
 * {@code risk_scores}: the hit rate of every route, port, HS code, trader and route × HS code, smoothed towards its
 * dimension's rate by a fitted beta prior ({@link BetaBinomialPrior}) and ranked, so that a key with few inspections
 * cannot top the list by luck. One pass over the declarations counts them in two small grains ({@link #grains});
 * the keys, the priors and the posteriors are computed from the collected grains on the driver: one row per key,
 * some tens of thousands at most, where the same steps as Spark queries cost more in planning and compiling than in
 * counting (10M declarations: scores and backtest 5.3 s as queries).
 */
public final class RiskScores {
  /** The posterior interval is the 5% to 95% quantile. */
  static final double INTERVAL_LEVEL = 0.9;

  /** risk_scores: the table's columns and types. */
  public static final StructType SCHEMA = DataTypes.createStructType(List.of(
      field(DIMENSION, DataTypes.StringType, false), field(KEY, DataTypes.StringType, true),
      field(ORIGIN_COUNTRY, DataTypes.StringType, true), field(DESTINATION_COUNTRY, DataTypes.StringType, true),
      field(PORT, DataTypes.StringType, true), field(HS_CODE, DataTypes.StringType, true),
      field(TRADER_ID, DataTypes.StringType, true), field(FIRST_DATE, DataTypes.DateType, true),
      field(LAST_DATE, DataTypes.DateType, true), field(DECLARATIONS, DataTypes.LongType, false),
      field(INSPECTIONS, DataTypes.LongType, false), field(VIOLATIONS, DataTypes.LongType, false),
      field(HIT_RATE, DataTypes.DoubleType, false), field(SMOOTHED_RATE, DataTypes.DoubleType, true),
      field(SMOOTHED_CI_LOW, DataTypes.DoubleType, true), field(SMOOTHED_CI_HIGH, DataTypes.DoubleType, true),
      field(PRIOR_ALPHA, DataTypes.DoubleType, true), field(PRIOR_BETA, DataTypes.DoubleType, true),
      field(OVERALL_HIT_RATE, DataTypes.DoubleType, false), field(LIFT, DataTypes.DoubleType, true),
      field(RANK, DataTypes.IntegerType, true), field(RANDOM_INSPECTIONS, DataTypes.LongType, false),
      field(RANDOM_VIOLATIONS, DataTypes.LongType, false), field(RANDOM_HIT_RATE, DataTypes.DoubleType, true)));

  private RiskScores() {}

  /** Which side of a backtest's cut date a grain is on ({@link #TRAIN} without a cut). */
  static final String SIDE = "_side";
  static final String TRAIN = "TRAIN";
  static final String TEST = "TEST";
  /** True on a grain of the trader dimension, false on a grain of the shipment's origin, destination, port, HS code. */
  static final String TRADER_GRAIN = "_trader_grain";
  /** The columns of a grain, in order, whichever way it was counted. */
  private static final String[] GRAIN_COLUMNS = {SIDE, ORIGIN_COUNTRY, DESTINATION_COUNTRY, PORT, HS_CODE, TRADER_ID,
      FIRST_DATE, LAST_DATE, DECLARATIONS, INSPECTIONS, VIOLATIONS, RANDOM_INSPECTIONS, RANDOM_VIOLATIONS,
      TRADER_GRAIN};

  /** risk_scores of the declarations dated up to {@code asOf}, in the table's order. */
  public static Dataset<Row> compute(Dataset<Row> declarations, LocalDate asOf) {
    return declarations.sparkSession().createDataFrame(
        fromGrains(grains(declarations, null, asOf).collectAsList()), SCHEMA);
  }

  /**
   * risk_scores of the collected {@link #grains} (both sides together), in the table's column order and its order:
   * dimension, rank, key.
   */
  public static List<Row> fromGrains(List<Row> grains) {
    return score(keyCounts(grains));
  }

  /**
   * The declarations dated up to {@code asOf}, counted per side of {@code cutDate} ({@link #TRAIN} before it,
   * {@link #TEST} from it; all {@link #TRAIN} when it is null) in two grains: per origin, destination, port and HS code
   * (every dimension but the trader's is a sum of these), and per trader (trader columns null in the first grain,
   * the others null in the second; {@link #TRADER_GRAIN} tells them apart): first and last date, declarations,
   * inspections, violations and their RANDOM-control counterparts. The scores and both sides of the backtest read the
   * grains rather than the declarations. One grain per origin, destination, port, HS code and trader would be one per
   * ten declarations; the two grains are a few per cent of that, counted in the same scan, and collected.
   */
  public static Dataset<Row> grains(Dataset<Row> declarations, LocalDate cutDate, LocalDate asOf) {
    Column date = col(DECLARATION_DATE);
    Column side = cutDate == null ? lit(TRAIN)
        : when(date.lt(lit(Date.valueOf(cutDate))), lit(TRAIN)).otherwise(lit(TEST));
    return counted(declarations.filter(date.leq(lit(Date.valueOf(asOf)))).withColumn(SIDE, side), col(SIDE));
  }

  /**
   * The two grains of {@link #grains} per calendar month (the warehouse's {@code year} and {@code month} columns)
   * instead of per side: what the warehouse keeps month by month beside the declarations, so that an analysis reads
   * these sums for every whole month rather than the declarations ({@link #grains(Dataset, Dataset, Collection,
   * LocalDate, LocalDate)}).
   */
  public static Dataset<Row> monthlyGrains(Dataset<Row> declarations) {
    return counted(declarations, col(IngestSchemas.YEAR), col(IngestSchemas.MONTH));
  }

  /**
   * {@link #grains} of the declarations, with the months in {@code wholeMonths} taken from their kept
   * {@link #monthlyGrains} rather than counted again: a month is whole when every day of it is in the analysis and on one
   * side of the cut date, so that its sums are the same counted either way. The other months (the first and last of a
   * --from/--to selection, the as-of month, a month a cut date splits) are counted from their declarations alone.
   */
  public static Dataset<Row> grains(Dataset<Row> declarations, Dataset<Row> monthly, Collection<YearMonth> wholeMonths,
      LocalDate cutDate, LocalDate asOf) {
    Column keptMonth = monthKey().isin(wholeMonths.stream().map(m -> m.getYear() * 100 + m.getMonthValue()).toArray());
    Column side = cutDate == null ? lit(TRAIN) : when(make_date(col(IngestSchemas.YEAR), col(IngestSchemas.MONTH),
        lit(1)).lt(lit(Date.valueOf(cutDate))), lit(TRAIN)).otherwise(lit(TEST));
    Column[] columns = Arrays.stream(GRAIN_COLUMNS).map(c -> col(c)).toArray(Column[]::new);
    Dataset<Row> counted = grains(declarations.filter(not(keptMonth)), cutDate, asOf).select(columns);
    Dataset<Row> kept = monthly.filter(keptMonth).withColumn(SIDE, side).select(columns);
    return counted.unionByName(kept)
        .groupBy(col(SIDE), col(ORIGIN_COUNTRY), col(DESTINATION_COUNTRY), col(PORT), col(HS_CODE), col(TRADER_ID),
            col(TRADER_GRAIN))
        .agg(min(col(FIRST_DATE)).as(FIRST_DATE), max(col(LAST_DATE)).as(LAST_DATE),
            sum(col(DECLARATIONS)).as(DECLARATIONS), sum(col(INSPECTIONS)).as(INSPECTIONS),
            sum(col(VIOLATIONS)).as(VIOLATIONS), sum(col(RANDOM_INSPECTIONS)).as(RANDOM_INSPECTIONS),
            sum(col(RANDOM_VIOLATIONS)).as(RANDOM_VIOLATIONS))
        .select(columns);
  }

  /**
   * The months whose kept grains stand for their declarations in an analysis: every day of the month within
   * {@code from} to {@code to} (either may be null) and up to {@code asOf}, and the month wholly on one side of
   * {@code cutDate} (null: no cut).
   */
  public static List<YearMonth> wholeMonths(List<YearMonth> months, LocalDate from, LocalDate to, LocalDate cutDate,
      LocalDate asOf) {
    return months.stream().filter(m -> (from == null || !m.atDay(1).isBefore(from))
        && (to == null || !m.atEndOfMonth().isAfter(to)) && !m.atEndOfMonth().isAfter(asOf)
        && (cutDate == null || !cutDate.isAfter(m.atDay(1)) || cutDate.isAfter(m.atEndOfMonth()))).toList();
  }

  private static Column monthKey() {
    return col(IngestSchemas.YEAR).multiply(100).plus(col(IngestSchemas.MONTH));
  }

  /** The declarations counted in the shipment grain and the trader grain, each within the given leading columns. */
  private static Dataset<Row> counted(Dataset<Row> declarations, Column... within) {
    Column date = col(DECLARATION_DATE);
    Column inspected = col(INSPECTION_RESULT).isin(TargetingColumns.COMPLIANT, VIOLATION);
    Column violation = col(INSPECTION_RESULT).equalTo(VIOLATION);
    Column random = col(CONTROL_TYPE).equalTo(TargetingColumns.RANDOM);
    List<Column> shipment = new ArrayList<>(List.of(within));
    shipment.addAll(List.of(col(ORIGIN_COUNTRY), col(DESTINATION_COUNTRY), col(PORT), col(HS_CODE)));
    List<Column> trader = new ArrayList<>(List.of(within));
    trader.add(col(TRADER_ID));
    List<Column> all = new ArrayList<>(shipment);
    all.add(col(TRADER_ID));
    List<Column> counts = List.of(max(date).as(LAST_DATE), count(lit(1)).as(DECLARATIONS),
        sum(when(inspected, 1L).otherwise(0L)).as(INSPECTIONS), sum(when(violation, 1L).otherwise(0L)).as(VIOLATIONS),
        sum(when(inspected.and(random), 1L).otherwise(0L)).as(RANDOM_INSPECTIONS),
        sum(when(violation.and(random), 1L).otherwise(0L)).as(RANDOM_VIOLATIONS),
        // 0 where the trader is grouped: the trader grain.
        grouping(col(ORIGIN_COUNTRY)).equalTo(1).as(TRADER_GRAIN));
    return declarations
        .groupingSets(seq(List.of(seq(shipment), seq(trader))), seq(all))
        .agg(min(date).as(FIRST_DATE), seq(counts));
  }

  /**
   * One per dimension (ALL included) and key of the grains: the key columns, first and last declaration date,
   * declarations, inspections, violations and their RANDOM-control counterparts. Also the test side of the backtest.
   * The trader's keys come from the trader grain, every other dimension's from the shipment grain, so each
   * declaration counts once in each dimension. As in SQL, a key with a null part is null.
   */
  static List<KeyCounts> keyCounts(List<Row> grains) {
    Map<List<String>, KeyCounts> keys = new LinkedHashMap<>();
    if (grains.isEmpty()) {
      return List.of();
    }
    StructType schema = grains.get(0).schema();
    int origin = schema.fieldIndex(ORIGIN_COUNTRY);
    int destination = schema.fieldIndex(DESTINATION_COUNTRY);
    int port = schema.fieldIndex(PORT);
    int hsCode = schema.fieldIndex(HS_CODE);
    int trader = schema.fieldIndex(TRADER_ID);
    int traderGrain = schema.fieldIndex(TRADER_GRAIN);
    for (Row grain : grains) {
      if (grain.getBoolean(traderGrain)) {
        add(keys, grain, TargetingColumns.TRADER, grain.getString(trader), null, null, null, null,
            grain.getString(trader));
        continue;
      }
      String o = grain.getString(origin);
      String d = grain.getString(destination);
      String p = grain.getString(port);
      String h = grain.getString(hsCode);
      String route = o == null || d == null ? null : o + ">" + d;
      add(keys, grain, ALL, ALL, null, null, null, null, null);
      add(keys, grain, TargetingColumns.ROUTE, route, o, d, null, null, null);
      add(keys, grain, TargetingColumns.PORT_DIMENSION, p, null, null, p, null, null);
      add(keys, grain, TargetingColumns.HS_CODE_DIMENSION, h, null, null, null, h, null);
      add(keys, grain, TargetingColumns.ROUTE_HS, route == null || h == null ? null : route + "|" + h, o, d, null, h,
          null);
    }
    return new ArrayList<>(keys.values());
  }

  private static void add(Map<List<String>, KeyCounts> keys, Row grain, String dimension, String key, String origin,
      String destination, String port, String hsCode, String trader) {
    keys.computeIfAbsent(Arrays.asList(dimension, key, origin, destination, port, hsCode, trader),
        k -> new KeyCounts(dimension, key, origin, destination, port, hsCode, trader)).add(grain);
  }

  /** A key of a dimension, with its key columns and the counts of its declarations. */
  static final class KeyCounts {
    final String dimension;
    final String key;
    final String origin;
    final String destination;
    final String port;
    final String hsCode;
    final String trader;
    Date firstDate;
    Date lastDate;
    long declarations;
    long inspections;
    long violations;
    long randomInspections;
    long randomViolations;

    KeyCounts(String dimension, String key, String origin, String destination, String port, String hsCode,
        String trader) {
      this.dimension = dimension;
      this.key = key;
      this.origin = origin;
      this.destination = destination;
      this.port = port;
      this.hsCode = hsCode;
      this.trader = trader;
    }

    private void add(Row grain) {
      Date first = grain.getAs(FIRST_DATE);
      Date last = grain.getAs(LAST_DATE);
      if (first != null && (firstDate == null || first.before(firstDate))) {
        firstDate = first;
      }
      if (last != null && (lastDate == null || last.after(lastDate))) {
        lastDate = last;
      }
      declarations = Math.addExact(declarations, grain.<Long>getAs(DECLARATIONS));
      inspections = Math.addExact(inspections, grain.<Long>getAs(INSPECTIONS));
      violations = Math.addExact(violations, grain.<Long>getAs(VIOLATIONS));
      randomInspections = Math.addExact(randomInspections, grain.<Long>getAs(RANDOM_INSPECTIONS));
      randomViolations = Math.addExact(randomViolations, grain.<Long>getAs(RANDOM_VIOLATIONS));
    }
  }

  /**
   * Fits each dimension's prior and scores its keys with at least one inspection. Every declaration has exactly one
   * key in each dimension, so each dimension's totals are the overall totals, and its first and last dates (over all
   * its keys, inspected or not) the window's.
   */
  private static List<Row> score(List<KeyCounts> counts) {
    Map<String, List<KeyCounts>> byDimension = new LinkedHashMap<>();
    for (KeyCounts key : counts) {
      byDimension.computeIfAbsent(key.dimension, d -> new ArrayList<>()).add(key);
    }
    List<Row> rows = new ArrayList<>();
    List<String> dimensions = new ArrayList<>(byDimension.keySet());
    dimensions.sort(PeriodAggregates::compareStrings);
    for (String dimension : dimensions) {
      rows.addAll(scoreDimension(dimension, byDimension.get(dimension)));
    }
    return rows;
  }

  /** One dimension's rows, in rank order (then key order: ALL, which is not ranked, has one key). */
  private static List<Row> scoreDimension(String dimension, List<KeyCounts> keys) {
    Date first = null;
    Date last = null;
    for (KeyCounts key : keys) {
      first = key.firstDate != null && (first == null || key.firstDate.before(first)) ? key.firstDate : first;
      last = key.lastDate != null && (last == null || key.lastDate.after(last)) ? key.lastDate : last;
    }
    List<KeyCounts> inspected = new ArrayList<>(keys.stream().filter(k -> k.inspections >= 1).toList());
    // In key order: a sum of doubles depends on the order of its terms, and this one is the same on every run.
    inspected.sort(Comparator.comparing((KeyCounts k) -> k.key, PeriodAggregates::compareStrings));
    long totalInspections = 0;
    long totalViolations = 0;
    long sumSquaredInspections = 0;
    double sumSquaredViolationsPerInspection = 0;
    for (KeyCounts key : inspected) {
      totalInspections = Math.addExact(totalInspections, key.inspections);
      totalViolations = Math.addExact(totalViolations, key.violations);
      sumSquaredInspections = Math.addExact(sumSquaredInspections, Math.multiplyExact(key.inspections,
          key.inspections));
      sumSquaredViolationsPerInspection +=
          (double) Math.multiplyExact(key.violations, key.violations) / (double) key.inspections;
    }
    boolean ranked = !dimension.equals(ALL);
    BetaBinomialPrior prior = ranked && !inspected.isEmpty() ? BetaBinomialPrior.fit(inspected.size(),
        totalInspections, totalViolations, sumSquaredInspections, sumSquaredViolationsPerInspection) : null;
    double overall = inspected.isEmpty() ? 0 : (double) totalViolations / (double) totalInspections;
    // Keys with the same counts share their posterior: an interval is two beta quantiles found by iteration, and the
    // 60,000 traders of 10M declarations hold about 1,700 distinct counts.
    Map<Counts, Posterior> posteriors = new HashMap<>();
    List<Scored> scored = new ArrayList<>();
    for (KeyCounts key : inspected) {
      scored.add(new Scored(key, prior == null ? null : posteriors.computeIfAbsent(
          new Counts(key.violations, key.inspections), counts -> Posterior.of(prior, counts))));
    }
    if (ranked) {
      scored.sort(Comparator.comparing((Scored s) -> s.posterior().smoothed(), RiskScores::descendingNullsLast)
          .thenComparing(s -> s.posterior().low(), RiskScores::descendingNullsLast)
          .thenComparing(s -> s.key().inspections, Comparator.reverseOrder())
          .thenComparing(s -> s.key().key, PeriodAggregates::compareStrings));
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < scored.size(); i++) {
      KeyCounts key = scored.get(i).key();
      Posterior posterior = scored.get(i).posterior();
      Double smoothed = posterior == null ? null : posterior.smoothed();
      rows.add(RowFactory.create(dimension, key.key, key.origin, key.destination, key.port, key.hsCode, key.trader,
          first, last, key.declarations, key.inspections, key.violations,
          (double) key.violations / (double) key.inspections, smoothed,
          posterior == null ? null : posterior.low(), posterior == null ? null : posterior.high(),
          posterior == null ? null : posterior.alpha(), posterior == null ? null : posterior.beta(), overall,
          overall > 0 && smoothed != null ? smoothed / overall : null, ranked ? i + 1 : null,
          key.randomInspections, key.randomViolations,
          key.randomInspections > 0 ? (double) key.randomViolations / (double) key.randomInspections : null));
    }
    return rows;
  }

  private record Scored(KeyCounts key, Posterior posterior) {}

  private record Counts(long violations, long inspections) {}

  /** A key's posterior under its dimension's prior; the prior's parameters and interval only when it is proper. */
  private record Posterior(Double alpha, Double beta, double smoothed, Double low, Double high) {
    static Posterior of(BetaBinomialPrior prior, Counts counts) {
      double smoothed = prior.smoothed(counts.violations(), counts.inspections());
      if (!prior.isProper()) {
        return new Posterior(null, null, smoothed, null, null);
      }
      Interval interval = prior.interval(counts.violations(), counts.inspections(), INTERVAL_LEVEL);
      return new Posterior(prior.alpha(), prior.beta(), smoothed, interval.low(), interval.high());
    }
  }

  /** Greatest first, nulls last; -0.0 equal to 0.0 and NaN above everything, as Spark orders doubles. */
  private static int descendingNullsLast(Double a, Double b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : 1) : -1;
    }
    return a.doubleValue() == b.doubleValue() ? 0 : Double.compare(b, a);
  }

  private static <T> scala.collection.immutable.Seq<T> seq(List<T> items) {
    return CollectionConverters.asScala(items).toSeq();
  }

  private static StructField field(String name, DataType type, boolean nullable) {
    return DataTypes.createStructField(name, type, nullable);
  }
}
