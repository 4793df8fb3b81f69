package org.wastetrail.jobs.aggregate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.grouping_id;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.when;
import static org.wastetrail.jobs.aggregate.Periods.PERIOD;
import static org.wastetrail.jobs.aggregate.Periods.PERIOD_START;
import static org.wastetrail.jobs.aggregate.Periods.PERIOD_TYPE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * All period aggregates in one pass over the facts: every period type and every {@link Dimension} at once through
 * grouping sets. Sums of kg are exact decimals; rates are computed from exact counts, so results do not depend on
 * partitioning and two runs give the same figures.
 */
public final class PeriodAggregates {
  public static final String DIMENSION = "dimension";
  public static final String HIT_RATE = "hit_rate";
  public static final String SEIZURES_PER_1000_INSPECTIONS = "seizures_per_1000_inspections";
  public static final String MEDIAN_SEIZURE_KG = "median_seizure_kg";
  public static final String LARGEST_SEIZURE_KG = "largest_seizure_kg";
  /** Earliest and latest record date of a row's records (not written to the tables; they give the data's range). */
  public static final String FIRST_RECORD_DATE = "first_record_date";
  public static final String LAST_RECORD_DATE = "last_record_date";
  private static final String GROUPING = "_grouping";
  private static final String MONTH_START = "_month_start";

  /** The contract's measures in its order, then this project's additions. */
  public static final List<String> MEASURES = List.of(Facts.SEIZURES, Facts.SEIZED_KG, Facts.SEIZED_PIECES,
      Facts.DECLARATIONS, Facts.DECLARED_KG, Facts.INSPECTIONS, Facts.VIOLATIONS, HIT_RATE,
      SEIZURES_PER_1000_INSPECTIONS, MEDIAN_SEIZURE_KG, LARGEST_SEIZURE_KG);

  private PeriodAggregates() {}

  /**
   * One row per dimension, key and period holding at least one record, with every measure. The additive measures
   * are plain sums over every record; the median and the largest seizure are taken over the seizures with a quantity
   * only ({@link SeizureSizes}, on the driver), and joined on: a median is a sort-based aggregate, and asking it of
   * every declaration made this one pass about ten times slower (1M declarations: 43 s of 86 s of analyze).
   */
  public static Dataset<Row> compute(Dataset<Row> facts) {
    List<scala.collection.immutable.Seq<Column>> sets = new ArrayList<>();
    for (Dimension dimension : Dimension.values()) {
      List<Column> set = new ArrayList<>(List.of(col(PERIOD_TYPE), col(PERIOD), col(PERIOD_START)));
      dimension.keyColumns().forEach(k -> set.add(col(k)));
      sets.add(seq(set));
    }
    List<String> groupColumns = new ArrayList<>(List.of(PERIOD_TYPE, PERIOD, PERIOD_START));
    groupColumns.addAll(Dimension.ALL_KEY_COLUMNS);
    List<Column> groupBy = groupColumns.stream().map(c -> col(c)).toList();

    // Months first: the facts summed per month and key (1M declarations: about 22,000 rows), then every period type
    // and dimension from those rather than from every fact times three period types and five dimensions.
    List<Column> monthKeys = new ArrayList<>(List.of(trunc(col(Facts.RECORD_DATE), "month").as(MONTH_START)));
    Dimension.ALL_KEY_COLUMNS.forEach(k -> monthKeys.add(col(k)));
    List<Column> monthSums = new ArrayList<>();
    List<Column> additive = new ArrayList<>();
    for (String measure : Facts.ADDITIVE_MEASURES) {
      monthSums.add(sum(col(measure)).cast(facts.schema().apply(measure).dataType()).as(measure));
      additive.add(sum(col(measure)).as(measure));
    }
    monthSums.add(min(col(Facts.RECORD_DATE)).as(FIRST_RECORD_DATE));
    monthSums.add(max(col(Facts.RECORD_DATE)).as(LAST_RECORD_DATE));
    additive.add(min(col(FIRST_RECORD_DATE)).as(FIRST_RECORD_DATE));
    additive.add(max(col(LAST_RECORD_DATE)).as(LAST_RECORD_DATE));
    // Over all grouping columns; the period columns are always grouped, so only the key columns' bits can be set.
    additive.add(grouping_id(seq(List.<Column>of())).as(GROUPING));
    Dataset<Row> months = facts.groupBy(monthKeys.toArray(Column[]::new))
        .agg(monthSums.get(0), seq(monthSums.subList(1, monthSums.size())));
    Dataset<Row> sums = Periods.explodeToPeriods(months, MONTH_START)
        .groupingSets(seq(sets), seq(groupBy))
        .agg(additive.get(0), seq(additive.subList(1, additive.size())));

    List<Row> weighed = facts.filter(col(Facts.SEIZURE_KG).isNotNull())
        .select(SeizureSizes.INPUT.stream().map(c -> col(c)).toArray(Column[]::new)).collectAsList();
    Dataset<Row> grouped = SeizureSizes.joined(sums, SeizureSizes.rows(weighed), SeizureSizes.keys(GROUPING), Facts.KG);
    return withRates(grouped.withColumn(DIMENSION, dimensionOf(col(GROUPING))).drop(GROUPING));
  }

  /** Hit rate and seizures per 1,000 inspections; empty (null) when there were no inspections. */
  static Dataset<Row> withRates(Dataset<Row> aggregates) {
    Column inspections = col(Facts.INSPECTIONS);
    Column noInspections = inspections.equalTo(0);
    return aggregates
        .withColumn(HIT_RATE, when(noInspections, lit(null))
            .otherwise(col(Facts.VIOLATIONS).cast("double").divide(inspections.cast("double"))))
        .withColumn(SEIZURES_PER_1000_INSPECTIONS, when(noInspections, lit(null))
            .otherwise(col(Facts.SEIZURES).cast("double").multiply(1000).divide(inspections.cast("double"))));
  }

  /** The rows of one dimension, with its key columns and the measures. */
  public static Dataset<Row> of(Dataset<Row> aggregates, Dimension dimension) {
    List<Column> columns = new ArrayList<>(List.of(col(PERIOD_TYPE), col(PERIOD)));
    dimension.keyColumns().forEach(k -> columns.add(col(k)));
    MEASURES.forEach(m -> columns.add(col(m)));
    return aggregates.filter(col(DIMENSION).equalTo(dimension.name())).select(columns.toArray(Column[]::new));
  }

  /**
   * The rows of the given dimensions, brought to the driver in one job: the contract tables are cut from them, each in
   * its total order, and the data range read off them, instead of a Spark job each (a few thousand rows per year of
   * data at 10M declarations; a job on an empty warehouse costs as much as on a full one).
   */
  public static OnDriver collect(Dataset<Row> aggregates, List<Dimension> dimensions) {
    Map<Dimension, StructType> schemas = new EnumMap<>(Dimension.class);
    Map<Dimension, List<Row>> rows = new EnumMap<>(Dimension.class);
    for (Dimension dimension : dimensions) {
      schemas.put(dimension, of(aggregates, dimension).schema());
      rows.put(dimension, new ArrayList<>());
    }
    List<String> columns = new ArrayList<>(List.of(DIMENSION, PERIOD_TYPE, PERIOD));
    columns.addAll(Dimension.ALL_KEY_COLUMNS);
    columns.addAll(MEASURES);
    columns.addAll(List.of(FIRST_RECORD_DATE, LAST_RECORD_DATE));
    // Where each dimension's table columns sit in the collected row: period type, period, its keys, the measures.
    Map<Dimension, int[]> picks = new EnumMap<>(Dimension.class);
    for (Dimension dimension : dimensions) {
      List<String> table = new ArrayList<>(List.of(PERIOD_TYPE, PERIOD));
      table.addAll(dimension.keyColumns());
      table.addAll(MEASURES);
      picks.put(dimension, table.stream().mapToInt(columns::indexOf).toArray());
    }
    int firstDate = columns.indexOf(FIRST_RECORD_DATE);
    int lastDate = columns.indexOf(LAST_RECORD_DATE);
    Column wanted = col(DIMENSION).isin(dimensions.stream().map(Dimension::name).toArray());
    LocalDate first = null;
    LocalDate last = null;
    for (Row row : aggregates.filter(wanted).select(columns.stream().map(c -> col(c)).toArray(Column[]::new))
        .collectAsList()) {
      Dimension dimension = Dimension.valueOf(row.getString(0));
      int[] pick = picks.get(dimension);
      Object[] values = new Object[pick.length];
      for (int i = 0; i < pick.length; i++) {
        values[i] = row.get(pick[i]);
      }
      rows.get(dimension).add(RowFactory.create(values));
      if (dimension == Dimension.ALL && Periods.YEAR.equals(row.getString(1))) {
        LocalDate from = Periods.localDate(row.get(firstDate));
        LocalDate to = Periods.localDate(row.get(lastDate));
        first = first == null || from.isBefore(first) ? from : first;
        last = last == null || to.isAfter(last) ? to : last;
      }
    }
    for (Dimension dimension : dimensions) {
      rows.get(dimension).sort(keyOrder(2 + dimension.keyColumns().size()));
    }
    return new OnDriver(schemas, rows, first == null ? null : new LocalDate[] {first, last});
  }

  /**
   * The order of {@code DataTableWriter.write} by the first {@code keys} columns, all text: ascending, nulls first,
   * by code point (Spark compares UTF-8 bytes, which order as code points do; {@code String.compareTo} does not).
   */
  static Comparator<Row> keyOrder(int keys) {
    return (a, b) -> {
      for (int i = 0; i < keys; i++) {
        String x = a.getString(i);
        String y = b.getString(i);
        int c = compareStrings(x, y);
        if (c != 0) {
          return c;
        }
      }
      return 0;
    };
  }

  /** Nulls first, then by code point: UTF-8 byte order, as Spark compares strings. */
  public static int compareStrings(String x, String y) {
    if (x == null || y == null) {
      return x == null ? (y == null ? 0 : -1) : 1;
    }
    int i = 0;
    int j = 0;
    while (i < x.length() && j < y.length()) {
      int cx = x.codePointAt(i);
      int cy = y.codePointAt(j);
      if (cx != cy) {
        return Integer.compare(cx, cy);
      }
      i += Character.charCount(cx);
      j += Character.charCount(cy);
    }
    return Boolean.compare(i < x.length(), j < y.length());
  }

  /** The collected rows of some dimensions, each in its table's order with its table's columns, and the data range. */
  public static final class OnDriver {
    private final Map<Dimension, StructType> schemas;
    private final Map<Dimension, List<Row>> rows;
    private final LocalDate[] range;

    OnDriver(Map<Dimension, StructType> schemas, Map<Dimension, List<Row>> rows, LocalDate[] range) {
      this.schemas = schemas;
      this.rows = rows;
      this.range = range;
    }

    /** The columns of {@link #of(Dataset, Dimension)}. */
    public StructType schema(Dimension dimension) {
      return schemas.get(dimension);
    }

    /** The rows {@link #of(Dataset, Dimension)} gives, ordered by period type, period and key columns. */
    public List<Row> rows(Dimension dimension) {
      return rows.get(dimension);
    }

    /** The first and last record dates of the data, {@code null} when it has none; needs {@link Dimension#ALL}. */
    public LocalDate[] range() {
      return range;
    }
  }

  private static Column dimensionOf(Column groupingId) {
    Column dimension = lit(null).cast("string");
    for (Dimension d : Dimension.values()) {
      dimension = when(groupingId.equalTo(d.groupingId()), lit(d.name())).otherwise(dimension);
    }
    return dimension;
  }

  private static <T> scala.collection.immutable.Seq<T> seq(List<T> items) {
    return CollectionConverters.asScala(items).toSeq();
  }
}
