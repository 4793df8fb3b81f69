package org.wastetrail.jobs.aggregate;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The median and the largest seizure of every period and dimension key, from the weighed seizures collected to the
 * driver. Seizures are a small share of the records (tens of thousands a year where declarations run to millions), and
 * a median in Spark is a sort-based aggregate over every seizure times three period types times five dimensions: on
 * two cores that one stage took longer than summing ten million declarations. Here it is one sort of the seizures by
 * size and one pass putting each into its fifteen groups.
 *
 * <p>The median is Spark's: the middle value, or the two middle values weighted half and half as doubles, then
 * rounded half up to grams (the value is taken through its shortest decimal form, as Spark casts a double).
 */
public final class SeizureSizes {
  /** The columns the weighed seizures are collected in. */
  static final List<String> INPUT = List.of(Facts.RECORD_DATE, Facts.WASTE_CATEGORY, Facts.PORT, Facts.ORIGIN,
      Facts.DESTINATION, Facts.TRANSIT, Facts.SEIZURE_KG);
  private static final List<String> PERIOD_TYPES = List.of(Periods.MONTH, Periods.QUARTER, Periods.YEAR);

  private SeizureSizes() {}

  /** The columns of {@link #rows}: period columns, {@link Dimension#ALL_KEY_COLUMNS} and the grouping id. */
  static StructType keys(String groupingColumn) {
    List<StructField> fields = new ArrayList<>(List.of(
        DataTypes.createStructField(Periods.PERIOD_TYPE, DataTypes.StringType, false),
        DataTypes.createStructField(Periods.PERIOD, DataTypes.StringType, false),
        DataTypes.createStructField(Periods.PERIOD_START, DataTypes.DateType, false)));
    for (String key : Dimension.ALL_KEY_COLUMNS) {
      fields.add(DataTypes.createStructField(key, DataTypes.StringType, true));
    }
    fields.add(DataTypes.createStructField(groupingColumn, DataTypes.LongType, false));
    return DataTypes.createStructType(fields);
  }

  /**
   * The sums with the sizes computed on the driver joined on: a left join matching every key column, nulls equal
   * (grouping sets and empty fences leave nulls), adding {@code median_seizure_kg} and {@code largest_seizure_kg}.
   * The sizes go back to Spark in slices of 5,000 rows, so that no task carries more than a few hundred KB (one slice
   * of 36,000 rows at 10M declarations made Spark warn of a 1.2 MB task), and are broadcast.
   *
   * @param sizes rows of {@link #rows} or {@link #byKey}: the key columns, then the median and the largest
   * @param keys the key columns' fields, in the rows' order; each is also a column of {@code sums}
   * @param kg the type of the sizes (the largest keeps it)
   */
  public static Dataset<Row> joined(Dataset<Row> sums, List<Row> sizes, StructType keys, DataType kg) {
    StructType schema = keys.add(PeriodAggregates.MEDIAN_SEIZURE_KG, DataTypes.createDecimalType(22, 3))
        .add(PeriodAggregates.LARGEST_SEIZURE_KG, kg);
    Dataset<Row> sized = sums.sparkSession().createDataFrame(JavaSparkContext.fromSparkContext(
        sums.sparkSession().sparkContext()).parallelize(sizes, Math.max(1, (sizes.size() + 4_999) / 5_000)), schema);
    Column sameGroup = lit(true);
    for (String column : keys.fieldNames()) {
      sameGroup = sameGroup.and(col("s." + column).eqNullSafe(col("z." + column)));
    }
    List<Column> columns = new ArrayList<>();
    for (String column : sums.columns()) {
      columns.add(col("s." + column));
    }
    columns.add(col("z." + PeriodAggregates.MEDIAN_SEIZURE_KG));
    columns.add(col("z." + PeriodAggregates.LARGEST_SEIZURE_KG));
    return sums.as("s").join(broadcast(sized).as("z"), sameGroup, "left").select(columns.toArray(Column[]::new));
  }

  /** @param weighed rows in the {@link #INPUT} columns, seizure_kg not null */
  static List<Row> rows(List<Row> weighed) {
    int kgColumn = INPUT.size() - 1;
    // In ascending size, so that every group's values arrive in order (the sort in summary has nothing to do).
    List<Row> bySize = new ArrayList<>(weighed);
    bySize.sort(Comparator.comparing(row -> row.getDecimal(kgColumn)));
    Dimension[] dimensions = Dimension.values();
    int[][] keyCells = new int[dimensions.length][];
    for (Dimension dimension : dimensions) {
      // The row's cell for each key column of the dimension (the input holds ALL_KEY_COLUMNS after the date).
      keyCells[dimension.ordinal()] = dimension.keyColumns().stream()
          .mapToInt(c -> 1 + Dimension.ALL_KEY_COLUMNS.indexOf(c)).toArray();
    }
    Map<Group, List<BigDecimal>> sizes = new HashMap<>();
    for (Row row : bySize) {
      LocalDate date = Periods.localDate(row.get(0));
      BigDecimal kg = row.getDecimal(kgColumn);
      for (int type = 0; type < PERIOD_TYPES.size(); type++) {
        LocalDate start = Periods.start(PERIOD_TYPES.get(type), date);
        for (Dimension dimension : dimensions) {
          int[] cells = keyCells[dimension.ordinal()];
          Group group = new Group(type, start, dimension, cells.length > 0 ? row.getString(cells[0]) : null,
              cells.length > 1 ? row.getString(cells[1]) : null, cells.length > 2 ? row.getString(cells[2]) : null);
          sizes.computeIfAbsent(group, g -> new ArrayList<>()).add(kg);
        }
      }
    }
    List<Map<LocalDate, String>> labels = PERIOD_TYPES.stream().<Map<LocalDate, String>>map(t -> new HashMap<>())
        .toList();
    List<Row> out = new ArrayList<>(sizes.size());
    sizes.forEach((group, values) -> {
      String type = PERIOD_TYPES.get(group.type());
      // The schema's order: period type, period, period start, the key columns (null where not grouped), grouping.
      Object[] key = new Object[4 + Dimension.ALL_KEY_COLUMNS.size()];
      key[0] = type;
      key[1] = labels.get(group.type()).computeIfAbsent(group.start(), start -> Periods.label(type, start));
      key[2] = Date.valueOf(group.start());
      int[] cells = keyCells[group.dimension().ordinal()];
      String[] groupCells = {group.a(), group.b(), group.c()};
      for (int k = 0; k < cells.length; k++) {
        key[2 + cells[k]] = groupCells[k];
      }
      key[key.length - 1] = (long) group.dimension().groupingId();
      out.add(summary(Arrays.asList(key), values));
    });
    return out;
  }

  /** A period and a dimension key: the period type's index in {@link #PERIOD_TYPES}, its first day, the key cells. */
  private record Group(int type, LocalDate start, Dimension dimension, String a, String b, String c) {}

  /**
   * For rows of (key columns..., a decimal not null): one row per distinct key with the key columns, the median
   * ({@link #median}) and the largest value. Keys may hold nulls; a null equals a null.
   */
  public static List<Row> byKey(List<Row> rows, int keyColumns) {
    Map<List<Object>, List<BigDecimal>> sizes = new HashMap<>();
    for (Row row : rows) {
      List<Object> key = new ArrayList<>(keyColumns);
      for (int k = 0; k < keyColumns; k++) {
        key.add(row.get(k));
      }
      sizes.computeIfAbsent(key, k -> new ArrayList<>()).add(row.getDecimal(keyColumns));
    }
    return summarised(sizes);
  }

  /** One row per key: the key's cells, then the median and the largest of its values. */
  private static List<Row> summarised(Map<List<Object>, List<BigDecimal>> sizes) {
    List<Row> out = new ArrayList<>(sizes.size());
    sizes.forEach((key, values) -> out.add(summary(key, values)));
    return out;
  }

  /** The key's cells, then the median and the largest of its values (sorted here, unless they already are). */
  private static Row summary(List<Object> key, List<BigDecimal> values) {
    values.sort(null);
    Object[] cells = key.toArray(new Object[key.size() + 2]);
    cells[key.size()] = median(values);
    cells[key.size() + 1] = values.get(values.size() - 1);
    return RowFactory.create(cells);
  }

  /**
   * Spark's exact {@code percentile} of sorted values (its {@code median} at 0.5): linear interpolation between the
   * two closest ranks, {@code (higher - position) * lower + (position - lower) * higher}, as Spark computes it.
   */
  public static double percentile(double[] sorted, double percentage) {
    double position = (sorted.length - 1) * percentage;
    long lower = (long) Math.floor(position);
    long higher = (long) Math.ceil(position);
    double lowerValue = sorted[(int) lower];
    double higherValue = sorted[(int) higher];
    if (higher == lower || lowerValue == higherValue) {
      return lowerValue;
    }
    return (higher - position) * lowerValue + (position - lower) * higherValue;
  }

  /** Spark's {@code median}: linear interpolation between the middle values in doubles, cast to DECIMAL(22,3). */
  public static BigDecimal median(List<BigDecimal> sorted) {
    double position = (sorted.size() - 1) * 0.5;
    int lower = (int) Math.floor(position);
    int higher = (int) Math.ceil(position);
    BigDecimal lowerValue = sorted.get(lower);
    BigDecimal higherValue = sorted.get(higher);
    double median = lower == higher || lowerValue.compareTo(higherValue) == 0 ? lowerValue.doubleValue()
        : (higher - position) * lowerValue.doubleValue() + (position - lower) * higherValue.doubleValue();
    return new BigDecimal(Double.toString(median), MathContext.DECIMAL128).setScale(3, RoundingMode.HALF_UP);
  }
}
