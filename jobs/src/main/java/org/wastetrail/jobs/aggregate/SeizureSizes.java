package org.wastetrail.jobs.aggregate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The median and the largest seizure of every period and dimension key, from the weighed seizures collected to the
 * driver. Seizures are a small share of the records (tens of thousands a year where declarations run to millions), and
 * a median in Spark is a sort-based aggregate over every seizure times three period types times five dimensions: on
 * two cores that one stage took longer than summing ten million declarations. Here it is a sort per key.
 *
 * <p>The median is Spark's: the middle value, or the two middle values weighted half and half as doubles, then
 * rounded half up to grams (the value is taken through its shortest decimal form, as Spark casts a double).
 */
public final class SeizureSizes {
  /** The columns the weighed seizures are collected in. */
  static final List<String> INPUT = List.of(Facts.RECORD_DATE, Facts.WASTE_CATEGORY, Facts.PORT, Facts.ORIGIN,
      Facts.DESTINATION, Facts.TRANSIT, Facts.SEIZURE_KG);

  private SeizureSizes() {}

  /** Period columns, {@link Dimension#ALL_KEY_COLUMNS}, the grouping id, the median and the largest. */
  static StructType schema(String groupingColumn) {
    List<StructField> fields = new ArrayList<>(List.of(
        DataTypes.createStructField(Periods.PERIOD_TYPE, DataTypes.StringType, false),
        DataTypes.createStructField(Periods.PERIOD, DataTypes.StringType, false),
        DataTypes.createStructField(Periods.PERIOD_START, DataTypes.DateType, false)));
    for (String key : Dimension.ALL_KEY_COLUMNS) {
      fields.add(DataTypes.createStructField(key, DataTypes.StringType, true));
    }
    fields.add(DataTypes.createStructField(groupingColumn, DataTypes.LongType, false));
    fields.add(DataTypes.createStructField(PeriodAggregates.MEDIAN_SEIZURE_KG, DataTypes.createDecimalType(22, 3), true));
    fields.add(DataTypes.createStructField(PeriodAggregates.LARGEST_SEIZURE_KG, Facts.KG, true));
    return DataTypes.createStructType(fields);
  }

  /** @param weighed rows in the {@link #INPUT} columns, seizure_kg not null */
  static List<Row> rows(List<Row> weighed) {
    Map<Group, List<BigDecimal>> sizes = new HashMap<>();
    for (Row row : weighed) {
      LocalDate date = localDate(row.get(0));
      String[] keys = new String[Dimension.ALL_KEY_COLUMNS.size()];
      for (int k = 0; k < keys.length; k++) {
        keys[k] = row.getString(1 + k);
      }
      BigDecimal kg = row.getDecimal(INPUT.size() - 1);
      for (String type : List.of(Periods.MONTH, Periods.QUARTER, Periods.YEAR)) {
        LocalDate start = Periods.start(type, date);
        for (Dimension dimension : Dimension.values()) {
          String[] grouped = new String[keys.length];
          for (int k = 0; k < keys.length; k++) {
            grouped[k] = dimension.keyColumns().contains(Dimension.ALL_KEY_COLUMNS.get(k)) ? keys[k] : null;
          }
          sizes.computeIfAbsent(new Group(type, start, dimension.groupingId(), Arrays.asList(grouped)),
              g -> new ArrayList<>()).add(kg);
        }
      }
    }
    List<Row> rows = new ArrayList<>(sizes.size());
    sizes.forEach((group, values) -> {
      values.sort(null);
      List<Object> cells = new ArrayList<>(List.of(group.type(), Periods.label(group.type(), group.start()),
          Date.valueOf(group.start())));
      cells.addAll(group.keys());
      cells.add((long) group.groupingId());
      cells.add(median(values));
      cells.add(values.get(values.size() - 1));
      rows.add(RowFactory.create(cells.toArray()));
    });
    return rows;
  }

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
    List<Row> out = new ArrayList<>(sizes.size());
    sizes.forEach((key, values) -> {
      values.sort(null);
      List<Object> cells = new ArrayList<>(key);
      cells.add(median(values));
      cells.add(values.get(values.size() - 1));
      out.add(RowFactory.create(cells.toArray()));
    });
    return out;
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

  private static LocalDate localDate(Object value) {
    return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
  }

  private record Group(String type, LocalDate start, int groupingId, List<String> keys) {}
}
