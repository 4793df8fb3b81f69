package org.wastetrail.jobs.trends;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.quarter;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import org.apache.spark.sql.Column;
import org.wastetrail.jobs.aggregate.Dimension;
import org.wastetrail.jobs.aggregate.Facts;
import org.wastetrail.jobs.aggregate.PeriodAggregates;
import org.wastetrail.jobs.aggregate.Periods;

/** Column expressions shared by the trend tables: one text key per dimension row, period labels from dates. */
final class PeriodKeys {
  static final String KEY = "key";
  /** Separates origin and destination in a route key: {@code GB>MY}. */
  static final String ROUTE_ARROW = ">";

  private PeriodKeys() {}

  /** {@code ALL}, the waste category, the port, or {@code ORIGIN>DESTINATION}. */
  static Column key() {
    Column dimension = col(PeriodAggregates.DIMENSION);
    return when(dimension.equalTo(Dimension.WASTE_CATEGORY.name()), col(Facts.WASTE_CATEGORY))
        .when(dimension.equalTo(Dimension.PORT.name()), col(Facts.PORT))
        .when(dimension.equalTo(Dimension.ROUTE.name()),
            concat_ws(ROUTE_ARROW, col(Facts.ORIGIN), col(Facts.DESTINATION)))
        .otherwise(lit("ALL"));
  }

  /** The label of the period of the row's type that starts on {@code start}. */
  static Column label(Column periodType, Column start) {
    return when(periodType.equalTo(Periods.MONTH), date_format(start, "yyyy-MM"))
        .when(periodType.equalTo(Periods.QUARTER),
            concat(year(start).cast("string"), lit("-Q"), quarter(start).cast("string")))
        .otherwise(year(start).cast("string"));
  }

  /** Months in one period of the row's type. */
  static Column monthsPerPeriod(Column periodType) {
    return when(periodType.equalTo(Periods.MONTH), lit(1))
        .when(periodType.equalTo(Periods.QUARTER), lit(3))
        .otherwise(lit(12));
  }
}
