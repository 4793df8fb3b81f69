package org.wastetrail.jobs.trends;

import static org.apache.spark.sql.functions.col;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructType;
import org.wastetrail.jobs.aggregate.Periods;
import org.wastetrail.jobs.aggregate.SeizureSizes;

/**
 * {@code largest_seizures}: the heaviest seizures of each period with their share of the period's seized kg, beside the
 * period's total and median, so that one huge case is seen as one case and not as a trend.
 *
 * <p>Seizures are few beside declarations (tens of thousands a year), so they are collected and ranked on the driver:
 * in Spark the three period types, a window per period and a median cost several jobs for a few hundred rows.
 */
public final class LargestSeizures {
  public static final int DEFAULT_TOP = 10;
  private static final List<String> COLUMNS = List.of("seizure_id", "seizure_date", "port", "origin_country",
      "destination_country", "waste_category", "quantity_kg");

  private LargestSeizures() {}

  /** The table's columns. */
  public static StructType schema(Dataset<Row> seizures) {
    DataType kg = seizures.schema().apply("quantity_kg").dataType();
    DecimalType total = DataTypes.createDecimalType(38, ((DecimalType) kg).scale());
    return DataTypes.createStructType(List.of(
        DataTypes.createStructField(Periods.PERIOD_TYPE, DataTypes.StringType, false),
        DataTypes.createStructField(Periods.PERIOD, DataTypes.StringType, false),
        DataTypes.createStructField("rank", DataTypes.IntegerType, false),
        DataTypes.createStructField("seizure_id", DataTypes.StringType, false),
        DataTypes.createStructField("seizure_date", DataTypes.DateType, false),
        DataTypes.createStructField("port", DataTypes.StringType, true),
        DataTypes.createStructField("origin_country", DataTypes.StringType, true),
        DataTypes.createStructField("destination_country", DataTypes.StringType, true),
        DataTypes.createStructField("waste_category", DataTypes.StringType, true),
        DataTypes.createStructField("quantity_kg", kg, false),
        DataTypes.createStructField("share_of_period_kg", DataTypes.DoubleType, true),
        DataTypes.createStructField("period_seized_kg", total, false),
        DataTypes.createStructField("period_median_kg", DataTypes.createDecimalType(22, 3), true),
        DataTypes.createStructField("period_seizures", DataTypes.LongType, false)));
  }

  /**
   * The rows of the table in its order (period type, period, rank).
   *
   * @param seizures the warehouse's seizures (already restricted to the analysed dates)
   */
  public static List<Row> top(Dataset<Row> seizures, int top) {
    List<Row> collected = seizures.select(COLUMNS.stream().map(c -> col(c)).toArray(Column[]::new)).collectAsList();
    // By period type, then start: the table's order (a period's label sorts as its start does).
    Map<PeriodKey, Period> periods = new TreeMap<>(Comparator.comparing(PeriodKey::type).thenComparing(PeriodKey::start));
    for (Row seizure : collected) {
      LocalDate date = Periods.localDate(seizure.get(1));
      for (String type : List.of(Periods.MONTH, Periods.QUARTER, Periods.YEAR)) {
        periods.computeIfAbsent(new PeriodKey(type, Periods.start(type, date)), p -> new Period()).add(seizure);
      }
    }
    List<Row> rows = new ArrayList<>();
    periods.forEach((period, seizuresOf) -> {
      List<Row> weighed = new ArrayList<>(seizuresOf.rows.stream().filter(r -> !r.isNullAt(6)).toList());
      if (weighed.isEmpty()) {
        return;
      }
      List<BigDecimal> sizes = new ArrayList<>(weighed.stream().map(r -> r.getDecimal(6)).toList());
      sizes.sort(null);
      BigDecimal median = SeizureSizes.median(sizes);
      weighed.sort(Comparator.comparing((Row r) -> r.getDecimal(6)).reversed()
          .thenComparing(r -> r.getString(0)));
      for (int rank = 1; rank <= Math.min(top, weighed.size()); rank++) {
        Row r = weighed.get(rank - 1);
        BigDecimal kg = r.getDecimal(6);
        Double share = seizuresOf.kg.signum() > 0 ? kg.doubleValue() / seizuresOf.kg.doubleValue() : null;
        rows.add(RowFactory.create(period.type(), Periods.label(period.type(), period.start()), rank, r.getString(0), r.get(1), r.get(2), r.get(3),
            r.get(4), r.get(5), kg, share, seizuresOf.kg, median, (long) seizuresOf.rows.size()));
      }
    });
    return rows;
  }

  private record PeriodKey(String type, LocalDate start) {}

  /** A period's seizures and their kg (a seizure without a quantity counts, and adds none). */
  private static final class Period {
    final List<Row> rows = new ArrayList<>();
    BigDecimal kg = BigDecimal.ZERO;

    void add(Row seizure) {
      rows.add(seizure);
      if (!seizure.isNullAt(6)) {
        kg = kg.add(seizure.getDecimal(6));
      }
    }
  }
}
