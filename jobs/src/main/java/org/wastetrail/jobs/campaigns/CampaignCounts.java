package org.wastetrail.jobs.campaigns;

import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.grouping_id;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.wastetrail.jobs.aggregate.Facts;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Counts of the facts inside each campaign's window and each of its baselines' windows, in and out of scope, per waste
 * category and for all categories: one pass over the facts against the (small, broadcast) table of windows.
 */
public final class CampaignCounts {
  public static final String CAMPAIGN_ID = "campaign_id";
  public static final String BASELINE = "baseline";
  public static final String SIDE = "side";
  public static final String SCOPE = "scope";
  public static final String IN_SCOPE = "IN_SCOPE";
  public static final String OUT_OF_SCOPE = "OUT_OF_SCOPE";
  public static final String CAMPAIGN_SIDE = "CAMPAIGN";
  public static final String BASELINE_SIDE = "BASELINE";
  public static final String ALL = "ALL";
  public static final String WINDOW_FROM = "window_from";
  public static final String WINDOW_TO = "window_to";
  /** The scope ports of a window as an array; null when the campaign covers every port. */
  public static final String SCOPE_PORTS = "scope_ports";
  private static final String WINDOW_DAY = "_window_day";

  static final StructType WINDOWS = DataTypes.createStructType(List.of(
      DataTypes.createStructField(CAMPAIGN_ID, DataTypes.StringType, false),
      DataTypes.createStructField(BASELINE, DataTypes.StringType, false),
      DataTypes.createStructField(SIDE, DataTypes.StringType, false),
      DataTypes.createStructField(WINDOW_FROM, DataTypes.DateType, false),
      DataTypes.createStructField(WINDOW_TO, DataTypes.DateType, false),
      DataTypes.createStructField(SCOPE_PORTS, DataTypes.createArrayType(DataTypes.StringType), true)));

  private CampaignCounts() {}

  /**
   * The windows to count in: each comparison's campaign window and baseline window. Several plans may be counted in one
   * pass; a comparison that is in more than one of them is counted once.
   */
  public static Dataset<Row> windows(SparkSession spark, List<Comparison> comparisons) {
    List<Row> rows = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Comparison c : comparisons) {
      if (!seen.add(c.campaign().id() + "|" + c.baseline().name())) {
        continue;
      }
      rows.add(RowFactory.create(c.campaign().id(), c.baseline().name(), CAMPAIGN_SIDE, Date.valueOf(c.campaign().start()),
          Date.valueOf(c.campaign().end()), ports(c.campaign().scopePorts())));
      rows.add(RowFactory.create(c.campaign().id(), c.baseline().name(), BASELINE_SIDE, Date.valueOf(c.baseline().from()),
          Date.valueOf(c.baseline().to()), ports(c.baseline().scopePorts())));
    }
    return spark.createDataFrame(rows, WINDOWS);
  }

  /** Seizures, seized kg, inspections and violations per comparison, side, scope and waste category ({@code ALL}). */
  public static Dataset<Row> count(Dataset<Row> facts, Dataset<Row> windows) {
    Dataset<Row> placed = inWindows(facts, windows).withColumn(SCOPE, scope(col(SCOPE_PORTS)));
    List<Column> keys = List.of(col(CAMPAIGN_ID), col(BASELINE), col(SIDE), col(SCOPE));
    List<Column> withCategory = new ArrayList<>(keys);
    withCategory.add(col(Facts.WASTE_CATEGORY));
    List<scala.collection.immutable.Seq<Column>> sets = List.of(seq(withCategory), seq(keys));
    return placed.groupingSets(seq(sets), seq(withCategory))
        .agg(sum(col(Facts.SEIZURES)).as(Facts.SEIZURES),
            seq(List.of(sum(col(Facts.SEIZED_KG)).as(Facts.SEIZED_KG), sum(col(Facts.INSPECTIONS)).as(Facts.INSPECTIONS),
                sum(col(Facts.VIOLATIONS)).as(Facts.VIOLATIONS), grouping_id(seq(List.<Column>of())).as("_grouping"))))
        .withColumn(Facts.WASTE_CATEGORY, when(col("_grouping").gt(0), lit(ALL)).otherwise(col(Facts.WASTE_CATEGORY)))
        .drop("_grouping");
  }

  /**
   * The facts with each window that holds their record date ({@link #WINDOW_FROM} to {@link #WINDOW_TO}, inclusive):
   * a fact once per window. The windows are spread to one row per day and joined on the day, so that each fact is
   * looked up in a hash table; joined on the date range, Spark tested every fact against every window (at 10M
   * declarations and four campaigns' fifty windows both take the same time, but the range join grows with every
   * window). A window ending before it starts holds no day.
   */
  static Dataset<Row> inWindows(Dataset<Row> facts, Dataset<Row> windows) {
    Dataset<Row> days = windows.filter(col(WINDOW_FROM).leq(col(WINDOW_TO)))
        .withColumn(WINDOW_DAY, explode(sequence(col(WINDOW_FROM), col(WINDOW_TO))));
    return facts.join(broadcast(days), col(Facts.RECORD_DATE).equalTo(col(WINDOW_DAY))).drop(WINDOW_DAY);
  }

  /** {@link #IN_SCOPE} for a record at one of the scope ports (every port when they are null), else out of scope. */
  static Column scope(Column scopePorts) {
    return when(scopePorts.isNull().or(array_contains(scopePorts, col(Facts.PORT))), lit(IN_SCOPE))
        .otherwise(lit(OUT_OF_SCOPE));
  }

  /** Violations / inspections; empty (null) when there were no inspections. */
  static Column hitRate() {
    return when(col(Facts.INSPECTIONS).equalTo(0), lit(null))
        .otherwise(col(Facts.VIOLATIONS).cast("double").divide(col(Facts.INSPECTIONS).cast("double")));
  }

  static String[] ports(List<String> scope) {
    return scope == null ? null : scope.toArray(new String[0]);
  }

  private static <T> scala.collection.immutable.Seq<T> seq(List<T> items) {
    return CollectionConverters.asScala(items).toSeq();
  }
}
