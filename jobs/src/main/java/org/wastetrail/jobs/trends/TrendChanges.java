package org.wastetrail.jobs.trends;

import static org.apache.spark.sql.functions.col;
import static org.wastetrail.jobs.aggregate.Periods.PERIOD;
import static org.wastetrail.jobs.aggregate.Periods.PERIOD_START;
import static org.wastetrail.jobs.aggregate.Periods.PERIOD_TYPE;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.wastetrail.jobs.aggregate.Dimension;
import org.wastetrail.jobs.aggregate.Facts;
import org.wastetrail.jobs.aggregate.PeriodAggregates;
import org.wastetrail.jobs.aggregate.Periods;

/**
 * {@code trend_changes}: for every dimension key, period and measure, the change against the previous period and
 * against the same period a year earlier, absolute and in percent.
 *
 * <p>A comparison period inside the data but without records of that key counts as zero for counts and kg (a port that
 * seized nothing last month seized zero), and as undefined for rates. A comparison period before the first record of
 * the data is undefined: its value and changes are empty. A percent change from zero is empty.
 *
 * <p>The aggregates it reads are one row per key and period (tens of thousands even for millions of records), so the
 * changes are computed on the driver from the collected rows: two self-joins in Spark cost more in planning and
 * shuffles than the arithmetic does here. Values are exact decimals with 10 decimal places (a rate is rounded to them),
 * a change has 9 (as Spark's decimal subtraction gives it), and both are written as doubles.
 */
public final class TrendChanges {
  public static final String MEASURE = "measure";
  public static final String VALUE = "value";
  public static final List<String> MEASURES = List.of(Facts.SEIZURES, Facts.SEIZED_KG, Facts.SEIZED_PIECES,
      Facts.DECLARATIONS, Facts.DECLARED_KG, Facts.INSPECTIONS, Facts.VIOLATIONS, PeriodAggregates.HIT_RATE,
      PeriodAggregates.SEIZURES_PER_1000_INSPECTIONS);
  private static final List<String> RATES =
      List.of(PeriodAggregates.HIT_RATE, PeriodAggregates.SEIZURES_PER_1000_INSPECTIONS);
  /** The table's columns and the order it is written in. */
  public static final StructType SCHEMA = DataTypes.createStructType(List.of(
      DataTypes.createStructField(PeriodAggregates.DIMENSION, DataTypes.StringType, false),
      DataTypes.createStructField(PeriodKeys.KEY, DataTypes.StringType, false),
      DataTypes.createStructField(PERIOD_TYPE, DataTypes.StringType, false),
      DataTypes.createStructField(PERIOD, DataTypes.StringType, false),
      DataTypes.createStructField(MEASURE, DataTypes.StringType, false),
      DataTypes.createStructField(VALUE, DataTypes.DoubleType, true),
      DataTypes.createStructField("previous_period", DataTypes.StringType, false),
      DataTypes.createStructField("previous_value", DataTypes.DoubleType, true),
      DataTypes.createStructField("change", DataTypes.DoubleType, true),
      DataTypes.createStructField("change_pct", DataTypes.DoubleType, true),
      DataTypes.createStructField("year_ago_period", DataTypes.StringType, false),
      DataTypes.createStructField("year_ago_value", DataTypes.DoubleType, true),
      DataTypes.createStructField("yoy_change", DataTypes.DoubleType, true),
      DataTypes.createStructField("yoy_change_pct", DataTypes.DoubleType, true)));
  private static final int VALUE_SCALE = 10;
  private static final int CHANGE_SCALE = 9;
  private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(VALUE_SCALE);
  /** As the table writer orders text: nulls first. */
  private static final Comparator<String> TEXT = Comparator.nullsFirst(Comparator.naturalOrder());

  private TrendChanges() {}

  /**
   * @param aggregates {@link PeriodAggregates#compute} output
   * @param firstDate the earliest record date of the data
   */
  public static Dataset<Row> compute(Dataset<Row> aggregates, LocalDate firstDate) {
    return aggregates.sparkSession().createDataFrame(rows(aggregates, firstDate), SCHEMA);
  }

  /** The table's rows, sorted by dimension, key, period type, period and measure. */
  public static List<Row> rows(Dataset<Row> aggregates, LocalDate firstDate) {
    List<Column> columns = new ArrayList<>(List.of(col(PeriodAggregates.DIMENSION), PeriodKeys.key().as(PeriodKeys.KEY),
        col(PERIOD_TYPE), col(PERIOD), col(PERIOD_START)));
    MEASURES.forEach(m -> columns.add(col(m)));
    List<Row> collected = aggregates
        .filter(col(PeriodAggregates.DIMENSION).notEqual(Dimension.ROUTE_WITH_TRANSIT.name()))
        .select(columns.toArray(Column[]::new)).collectAsList();
    return changes(collected, firstDate);
  }

  /** From rows of (dimension, key, period type, period, period start, the {@link #MEASURES}). */
  static List<Row> changes(List<Row> aggregates, LocalDate firstDate) {
    Map<Series, BigDecimal[]> byStart = new HashMap<>();
    List<Series> periods = new ArrayList<>(aggregates.size());
    for (Row row : aggregates) {
      Series series = new Series(row.getString(0), row.getString(1), row.getString(2), row.getString(3),
          Periods.localDate(row.get(4)));
      BigDecimal[] values = new BigDecimal[MEASURES.size()];
      for (int m = 0; m < values.length; m++) {
        values[m] = row.isNullAt(5 + m) ? null : decimal(row.get(5 + m));
      }
      byStart.put(series.at(null), values);
      periods.add(series);
    }
    LocalDate firstMonth = firstDate.withDayOfMonth(1);
    List<Row> out = new ArrayList<>(periods.size() * MEASURES.size());
    for (Series series : periods) {
      int months = Periods.months(series.type());
      LocalDate previous = series.start().minusMonths(months);
      LocalDate yearAgo = series.start().minusMonths(12);
      BigDecimal[] values = byStart.get(series.at(null));
      BigDecimal[] previousValues = byStart.get(series.at(previous));
      BigDecimal[] yearAgoValues = byStart.get(series.at(yearAgo));
      LocalDate firstOfType = Periods.start(series.type(), firstMonth);
      for (int m = 0; m < MEASURES.size(); m++) {
        boolean rate = RATES.contains(MEASURES.get(m));
        BigDecimal value = values[m];
        BigDecimal previousValue = other(previousValues, m, !previous.isBefore(firstOfType) && !rate);
        BigDecimal yearAgoValue = other(yearAgoValues, m, !yearAgo.isBefore(firstOfType) && !rate);
        BigDecimal change = change(value, previousValue);
        BigDecimal yoyChange = change(value, yearAgoValue);
        out.add(RowFactory.create(series.dimension(), series.key(), series.type(), series.period(),
            MEASURES.get(m), toDouble(value), Periods.label(series.type(), previous), toDouble(previousValue),
            toDouble(change), percent(change, previousValue), Periods.label(series.type(), yearAgo),
            toDouble(yearAgoValue), toDouble(yoyChange), percent(yoyChange, yearAgoValue)));
      }
    }
    Comparator<Row> order = Comparator.comparing(r -> r.getString(0), TEXT);
    for (int i = 1; i < 5; i++) {
      int column = i;
      order = order.thenComparing(r -> r.getString(column), TEXT);
    }
    out.sort(order);
    return out;
  }

  /** A comparison period's value: its own when it has a row, zero when it counts as zero, otherwise undefined. */
  private static BigDecimal other(BigDecimal[] values, int measure, boolean zeroWhenAbsent) {
    if (values != null && values[measure] != null) {
      return values[measure];
    }
    return zeroWhenAbsent ? ZERO : null;
  }

  private static BigDecimal change(BigDecimal value, BigDecimal other) {
    return value == null || other == null ? null
        : value.subtract(other).setScale(CHANGE_SCALE, RoundingMode.HALF_UP);
  }

  private static Double percent(BigDecimal change, BigDecimal base) {
    if (change == null || base == null || base.signum() == 0) {
      return null;
    }
    return change.doubleValue() * 100 / base.doubleValue();
  }

  /** A measure as an exact decimal with {@value #VALUE_SCALE} places; a double through its shortest decimal form. */
  private static BigDecimal decimal(Object value) {
    BigDecimal exact;
    if (value instanceof BigDecimal d) {
      exact = d;
    } else if (value instanceof Double d) {
      exact = new BigDecimal(Double.toString(d), MathContext.DECIMAL128);
    } else {
      exact = BigDecimal.valueOf(((Number) value).longValue());
    }
    return exact.setScale(VALUE_SCALE, RoundingMode.HALF_UP);
  }

  private static Double toDouble(BigDecimal value) {
    return value == null ? null : value.doubleValue();
  }

  /** One key's row in one period; {@link #at} names the same key's row in another period (by its start). */
  private record Series(String dimension, String key, String type, String period, LocalDate start) {
    Series at(LocalDate otherStart) {
      return new Series(dimension, key, type, null, otherStart == null ? start : otherStart);
    }
  }
}
