package org.wastetrail.jobs.aggregate;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.quarter;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.year;

import java.time.LocalDate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Reporting periods. A record belongs to the month, quarter and year of its own date: {@code 2024-03},
 * {@code 2024-Q1}, {@code 2024}. Each period also carries its first day, for ordering and period arithmetic.
 */
public final class Periods {
  public static final String PERIOD_TYPE = "period_type";
  public static final String PERIOD = "period";
  public static final String PERIOD_START = "period_start";

  public static final String MONTH = "MONTH";
  public static final String QUARTER = "QUARTER";
  public static final String YEAR = "YEAR";

  private Periods() {}

  /** Every row three times: once per period type, with that period's label and first day. */
  public static Dataset<Row> explodeToPeriods(Dataset<Row> rows, String dateColumn) {
    Column date = col(dateColumn);
    Column periods = array(
        struct(lit(MONTH).as(PERIOD_TYPE), date_format(date, "yyyy-MM").as(PERIOD), trunc(date, "month").as(PERIOD_START)),
        struct(lit(QUARTER).as(PERIOD_TYPE), concat(year(date).cast("string"), lit("-Q"), quarter(date).cast("string"))
            .as(PERIOD), trunc(date, "quarter").as(PERIOD_START)),
        struct(lit(YEAR).as(PERIOD_TYPE), year(date).cast("string").as(PERIOD), trunc(date, "year").as(PERIOD_START)));
    return rows.withColumn("_period", explode(periods))
        .withColumn(PERIOD_TYPE, col("_period." + PERIOD_TYPE))
        .withColumn(PERIOD, col("_period." + PERIOD))
        .withColumn(PERIOD_START, col("_period." + PERIOD_START))
        .drop("_period");
  }

  /** Months in one period of a type. */
  public static int months(String periodType) {
    return switch (periodType) {
      case MONTH -> 1;
      case QUARTER -> 3;
      case YEAR -> 12;
      default -> throw new IllegalArgumentException("unknown period type " + periodType);
    };
  }

  /** A date collected from Spark: {@code java.sql.Date}, or {@code LocalDate} with the Java 8 time API on. */
  public static LocalDate localDate(Object value) {
    return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
  }

  /** The first day of the period of a type that a day falls in. */
  public static LocalDate start(String periodType, LocalDate date) {
    return switch (periodType) {
      case MONTH -> date.withDayOfMonth(1);
      case QUARTER -> LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
      case YEAR -> LocalDate.of(date.getYear(), 1, 1);
      default -> throw new IllegalArgumentException("unknown period type " + periodType);
    };
  }

  /** The label of the period of a type that starts on a day. */
  public static String label(String periodType, LocalDate start) {
    return switch (periodType) {
      case MONTH -> String.format("%04d-%02d", start.getYear(), start.getMonthValue());
      case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
      case YEAR -> String.valueOf(start.getYear());
      default -> throw new IllegalArgumentException("unknown period type " + periodType);
    };
  }
}
