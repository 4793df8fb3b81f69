package org.wastetrail.jobs.trends;

import static org.apache.spark.sql.functions.add_months;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.when;
import static org.wastetrail.jobs.aggregate.Periods.PERIOD;
import static org.wastetrail.jobs.aggregate.Periods.PERIOD_START;
import static org.wastetrail.jobs.aggregate.Periods.PERIOD_TYPE;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.wastetrail.jobs.aggregate.Dimension;
import org.wastetrail.jobs.aggregate.Facts;
import org.wastetrail.jobs.aggregate.PeriodAggregates;
import scala.jdk.javaapi.CollectionConverters;

/**
 * {@code trend_changes}: for every dimension key, period and measure, the change against the previous period and
 * against the same period a year earlier, absolute and in percent.
 *
 * <p>A comparison period inside the data but without records of that key counts as zero for counts and kg (a port that
 * seized nothing last month seized zero), and as undefined for rates. A comparison period before the first record of
 * the data is undefined: its value and changes are empty. A percent change from zero is empty.
 */
public final class TrendChanges {
  public static final String MEASURE = "measure";
  public static final String VALUE = "value";
  public static final List<String> MEASURES = List.of(Facts.SEIZURES, Facts.SEIZED_KG, Facts.SEIZED_PIECES,
      Facts.DECLARATIONS, Facts.DECLARED_KG, Facts.INSPECTIONS, Facts.VIOLATIONS, PeriodAggregates.HIT_RATE,
      PeriodAggregates.SEIZURES_PER_1000_INSPECTIONS);
  private static final List<String> RATES =
      List.of(PeriodAggregates.HIT_RATE, PeriodAggregates.SEIZURES_PER_1000_INSPECTIONS);

  private TrendChanges() {}

  /**
   * @param aggregates {@link PeriodAggregates#compute} output
   * @param firstDate the earliest record date of the data
   */
  public static Dataset<Row> compute(Dataset<Row> aggregates, LocalDate firstDate) {
    Dataset<Row> long_ = unpivot(aggregates.filter(
        col(PeriodAggregates.DIMENSION).notEqual(Dimension.ROUTE_WITH_TRANSIT.name())));
    Column type = col(PERIOD_TYPE);
    Dataset<Row> withTargets = long_
        .withColumn("previous_start", add_months(col(PERIOD_START), PeriodKeys.monthsPerPeriod(type).multiply(-1)))
        .withColumn("year_ago_start", add_months(col(PERIOD_START), -12));
    Dataset<Row> previous = comparison(withTargets, long_, "previous_start", "previous", firstDate);
    return comparison(previous, long_, "year_ago_start", "year_ago", firstDate)
        .select(col(PeriodAggregates.DIMENSION), col(PeriodKeys.KEY), col(PERIOD_TYPE), col(PERIOD), col(MEASURE),
            col(VALUE).cast("double").as(VALUE),
            col("previous_period"), col("previous_value").cast("double").as("previous_value"),
            col("previous_change").cast("double").as("change"), col("previous_change_pct").as("change_pct"),
            col("year_ago_period"), col("year_ago_value").cast("double").as("year_ago_value"),
            col("year_ago_change").cast("double").as("yoy_change"), col("year_ago_change_pct").as("yoy_change_pct"));
  }

  /** One row per dimension key, period and measure; values as DECIMAL(38,10) so counts, kg and rates fit one column. */
  private static Dataset<Row> unpivot(Dataset<Row> aggregates) {
    Column[] ids = {col(PeriodAggregates.DIMENSION), PeriodKeys.key().as(PeriodKeys.KEY), col(PERIOD_TYPE),
        col(PERIOD), col(PERIOD_START)};
    Column[] values = MEASURES.stream()
        .map(m -> col(m).cast(DataTypes.createDecimalType(38, 10)).as(m)).toArray(Column[]::new);
    return aggregates.unpivot(ids, values, MEASURE, VALUE).select(
        col(PeriodAggregates.DIMENSION), col(PeriodKeys.KEY), col(PERIOD_TYPE), col(PERIOD), col(PERIOD_START),
        col(MEASURE), col(VALUE));
  }

  /** Adds {@code prefix_period}, {@code prefix_value}, {@code prefix_change}, {@code prefix_change_pct}. */
  private static Dataset<Row> comparison(
      Dataset<Row> rows, Dataset<Row> values, String targetStart, String prefix, LocalDate firstDate) {
    Dataset<Row> other = values.select(col(PeriodAggregates.DIMENSION), col(PeriodKeys.KEY), col(PERIOD_TYPE),
        col(MEASURE), col(PERIOD_START).as(targetStart), col(VALUE).as("_other_value"));
    List<String> joinKeys = List.of(PeriodAggregates.DIMENSION, PeriodKeys.KEY, PERIOD_TYPE, MEASURE, targetStart);
    Column target = col(targetStart);
    Column firstPeriodStart = trunc(lit(firstDate.toString()).cast("date"),
        "month");
    // A comparison period is inside the data when it starts on or after the first period of its type with data.
    Column insideData = target.geq(firstPeriodOfType(col(PERIOD_TYPE), firstPeriodStart));
    Column isRate = col(MEASURE).isin(RATES.toArray());
    Column value = when(col("_other_value").isNotNull(), col("_other_value"))
        .when(insideData.and(isRate.unary_$bang()), lit(0).cast(DataTypes.createDecimalType(38, 10)));
    Column change = col(VALUE).minus(col(prefix + "_value"));
    return rows.join(other, CollectionConverters.asScala(joinKeys).toSeq(), "left_outer")
        .withColumn(prefix + "_period", PeriodKeys.label(col(PERIOD_TYPE), target))
        .withColumn(prefix + "_value", value)
        .withColumn(prefix + "_change", change)
        .withColumn(prefix + "_change_pct", when(col(prefix + "_value").notEqual(0),
            change.cast("double").multiply(100).divide(col(prefix + "_value").cast("double"))))
        .drop("_other_value", targetStart);
  }

  private static Column firstPeriodOfType(Column periodType, Column firstMonthStart) {
    return when(periodType.equalTo("QUARTER"), trunc(firstMonthStart, "quarter"))
        .when(periodType.equalTo("YEAR"), trunc(firstMonthStart, "year"))
        .otherwise(firstMonthStart);
  }
}
