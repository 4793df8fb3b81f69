package org.wastetrail.jobs.trends;

import static org.apache.spark.sql.functions.col;
import static org.wastetrail.jobs.aggregate.Periods.PERIOD_START;
import static org.wastetrail.jobs.aggregate.Periods.PERIOD_TYPE;

import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.wastetrail.jobs.aggregate.Dimension;
import org.wastetrail.jobs.aggregate.Facts;
import org.wastetrail.jobs.aggregate.PeriodAggregates;
import org.wastetrail.jobs.aggregate.Periods;

/**
 * {@code alerts}: monthly seizure counts per port, route and waste category judged by {@link SpikeDetector}. Each key's
 * series is filled with zeros for months without records and judged on an executor.
 */
public final class SpikeDetection {
  public static final StructType SCHEMA = DataTypes.createStructType(List.of(
      DataTypes.createStructField(PeriodAggregates.DIMENSION, DataTypes.StringType, false),
      DataTypes.createStructField(PeriodKeys.KEY, DataTypes.StringType, false),
      DataTypes.createStructField(PERIOD_TYPE, DataTypes.StringType, false),
      DataTypes.createStructField(Periods.PERIOD, DataTypes.StringType, false),
      DataTypes.createStructField("measure", DataTypes.StringType, false),
      DataTypes.createStructField("observed", DataTypes.LongType, false),
      DataTypes.createStructField("expected", DataTypes.DoubleType, false),
      DataTypes.createStructField("threshold", DataTypes.DoubleType, false),
      DataTypes.createStructField("dispersion", DataTypes.DoubleType, false),
      DataTypes.createStructField("reference_months", DataTypes.IntegerType, false),
      DataTypes.createStructField("method", DataTypes.StringType, false),
      DataTypes.createStructField("alpha", DataTypes.DoubleType, false),
      DataTypes.createStructField("score", DataTypes.DoubleType, false),
      DataTypes.createStructField("alarm", DataTypes.BooleanType, false)));

  private static final List<String> JUDGED =
      List.of(Dimension.PORT.name(), Dimension.ROUTE.name(), Dimension.WASTE_CATEGORY.name());

  private SpikeDetection() {}

  /**
   * Every judged month of every key (alarm or not): the alerts are the rows with {@code alarm}; the others give the
   * false-alarm rate of data without spikes.
   *
   * @param firstMonth first month of the data (the series' month 0)
   * @param lastMonth last month judged (the as-of month)
   */
  public static Dataset<Row> evaluate(Dataset<Row> aggregates, SpikeDetector detector, LocalDate firstMonth,
      LocalDate lastMonth) {
    Dataset<Row> monthly = aggregates
        .filter(col(PERIOD_TYPE).equalTo(Periods.MONTH).and(col(PeriodAggregates.DIMENSION).isin(JUDGED.toArray())))
        .select(col(PeriodAggregates.DIMENSION), PeriodKeys.key().as(PeriodKeys.KEY), col(PERIOD_START),
            col(Facts.SEIZURES));
    int months = (int) ChronoUnit.MONTHS.between(firstMonth.withDayOfMonth(1), lastMonth.withDayOfMonth(1)) + 1;
    return monthly
        .groupByKey((MapFunction<Row, String>) r -> r.getString(0) + "\u0000" + r.getString(1), Encoders.STRING())
        .flatMapGroups(new JudgeSeries(detector, firstMonth.withDayOfMonth(1), months), Encoders.row(SCHEMA));
  }

  /** The alarms only. */
  public static Dataset<Row> alerts(Dataset<Row> evaluations) {
    return evaluations.filter(col("alarm")).drop("alarm");
  }

  private static final class JudgeSeries implements FlatMapGroupsFunction<String, Row, Row> {
    private final SpikeDetector detector;
    private final LocalDate firstMonth;
    private final int months;

    JudgeSeries(SpikeDetector detector, LocalDate firstMonth, int months) {
      this.detector = detector;
      this.firstMonth = firstMonth;
      this.months = months;
    }

    @Override
    public Iterator<Row> call(String group, Iterator<Row> rows) {
      long[] counts = new long[months];
      String dimension = null;
      String key = null;
      while (rows.hasNext()) {
        Row row = rows.next();
        dimension = row.getString(0);
        key = row.getString(1);
        LocalDate start = row.get(2) instanceof Date d ? d.toLocalDate() : (LocalDate) row.get(2);
        int index = (int) ChronoUnit.MONTHS.between(firstMonth, start);
        if (index >= 0 && index < months) {
          counts[index] = row.getLong(3);
        }
      }
      List<Row> out = new ArrayList<>();
      for (SpikeDetector.Evaluation e : detector.evaluateAll(counts, 0)) {
        String period = Periods.label(Periods.MONTH, firstMonth.plusMonths(e.month()));
        out.add(RowFactory.create(dimension, key, Periods.MONTH, period, Facts.SEIZURES, e.observed(), e.expected(),
            e.threshold(), e.dispersion(), e.referencePoints(), SpikeDetector.METHOD, detector.alpha(), e.score(),
            e.alarm()));
      }
      return out.iterator();
    }
  }
}
