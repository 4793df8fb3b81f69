package org.wastetrail.jobs.trends;

import static org.apache.spark.sql.functions.add_months;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.months_between;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.when;
import static org.wastetrail.jobs.aggregate.Periods.PERIOD;
import static org.wastetrail.jobs.aggregate.Periods.PERIOD_START;
import static org.wastetrail.jobs.aggregate.Periods.PERIOD_TYPE;

import java.time.LocalDate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.wastetrail.jobs.aggregate.Dimension;
import org.wastetrail.jobs.aggregate.Facts;
import org.wastetrail.jobs.aggregate.PeriodAggregates;
import org.wastetrail.jobs.aggregate.Periods;
import org.wastetrail.jobs.ingest.Vocabulary;

/**
 * {@code emerging_routes}: a route (origin → destination; and the same with its transit countries, when given) that has
 * records in a period after none in the previous {@code lookback} periods. Only periods whose whole look-back lies inside
 * the data are judged, so the first periods of a data set do not flag every route as new. Routes with an unknown
 * origin or destination ({@code ZZ}) are left out.
 */
public final class EmergingRoutes {
  public static final String ROUTE_TYPE = "route_type";
  public static final String LOOKBACK_PERIODS = "lookback_periods";
  public static final String LAST_SEEN_PERIOD = "last_seen_period";
  public static final int DEFAULT_LOOKBACK = 4;

  private EmergingRoutes() {}

  /**
   * @param periodType {@link Periods#QUARTER} by default
   * @param lookback periods without any record before the route counts as emerging
   * @param firstDate the earliest record date of the data
   */
  public static Dataset<Row> find(Dataset<Row> aggregates, String periodType, int lookback, LocalDate firstDate) {
    Column dimension = col(PeriodAggregates.DIMENSION);
    Dataset<Row> routes = aggregates
        .filter(col(PERIOD_TYPE).equalTo(periodType))
        .filter(dimension.equalTo(Dimension.ROUTE.name())
            .or(dimension.equalTo(Dimension.ROUTE_WITH_TRANSIT.name()).and(col(Facts.TRANSIT).notEqual(""))))
        // A route with an unknown end (ZZ) is not a route an analyst can act on.
        .filter(col(Facts.ORIGIN).notEqual(Vocabulary.UNKNOWN_COUNTRY)
            .and(col(Facts.DESTINATION).notEqual(Vocabulary.UNKNOWN_COUNTRY)))
        .withColumn(ROUTE_TYPE, when(dimension.equalTo(Dimension.ROUTE.name()), lit("ORIGIN_DESTINATION"))
            .otherwise(lit("WITH_TRANSIT")))
        .withColumn(Facts.TRANSIT, when(dimension.equalTo(Dimension.ROUTE.name()), lit(""))
            .otherwise(col(Facts.TRANSIT)));
    WindowSpec sameRoute = Window.partitionBy(col(ROUTE_TYPE), col(Facts.ORIGIN), col(Facts.DESTINATION),
        col(Facts.TRANSIT)).orderBy(col(PERIOD_START));
    int monthsBack = lookback * Periods.months(periodType);
    Column firstPeriodStart = trunc(lit(firstDate.toString()).cast("date"), unit(periodType));
    Column lastSeen = col("_last_seen_start");
    Column quietLongEnough = lastSeen.isNull()
        .or(months_between(col(PERIOD_START), lastSeen).gt(monthsBack));
    Column lookbackInsideData = add_months(col(PERIOD_START), -monthsBack).geq(firstPeriodStart);
    return routes
        .withColumn("_last_seen_start", lag(col(PERIOD_START), 1).over(sameRoute))
        .filter(quietLongEnough.and(lookbackInsideData))
        .select(col(ROUTE_TYPE), col(Facts.ORIGIN), col(Facts.DESTINATION), col(Facts.TRANSIT), col(PERIOD_TYPE),
            col(PERIOD), lit(lookback).as(LOOKBACK_PERIODS),
            when(lastSeen.isNull(), lit(null).cast("string"))
                .otherwise(PeriodKeys.label(col(PERIOD_TYPE), lastSeen)).as(LAST_SEEN_PERIOD),
            col(Facts.SEIZURES), col(Facts.SEIZED_KG), col(Facts.DECLARATIONS), col(Facts.DECLARED_KG),
            col(Facts.INSPECTIONS), col(Facts.VIOLATIONS));
  }

  private static String unit(String periodType) {
    return switch (periodType) {
      case Periods.MONTH -> "month";
      case Periods.QUARTER -> "quarter";
      default -> "year";
    };
  }
}
