package org.wastetrail.jobs.campaigns;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log10;
import static org.apache.spark.sql.functions.percentile;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.wastetrail.jobs.aggregate.Facts;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The outlier rule of campaign reviews, Tukey's fence on the log scale (seizure weights are strongly skewed and span
 * orders of magnitude, from a parcel to a ship's hold): within a group, over the seizures with quantity_kg &gt; 0, and
 * only when there are at least {@value #MIN_SEIZURES} of them, the fence is 10^(Q3 + 1.5·(Q3 − Q1)) where Q1 and Q3
 * are the exact quartiles (linear interpolation) of log10(kg); a seizure heavier than the fence is an outlier. The
 * comparison is made on the log scale, where the quartiles are, so that a seizure equal to a quartile is never an
 * outlier through rounding.
 */
public final class OutlierFences {
  public static final int MIN_SEIZURES = 5;
  static final double IQR_MULTIPLIER = 1.5;
  /** The group's fence in kg; null with fewer than {@value #MIN_SEIZURES} weighed seizures. */
  public static final String FENCE_KG = "outlier_fence_kg";
  /** True for a seizure above its group's fence; false for every other fact. */
  public static final String OUTLIER = "outlier";
  private static final String LIMIT = "_log10_fence";

  private OutlierFences() {}

  /** Each group's log10 fence and fence in kg (both null with too few weighed seizures). */
  static Dataset<Row> fences(Dataset<Row> facts, String... groupColumns) {
    Column weighed = col(Facts.SEIZURE_KG).gt(0);
    Column log = log10(when(weighed, col(Facts.SEIZURE_KG)));
    Column q1 = col("_q1");
    Column q3 = col("_q3");
    Column limit = when(col("_weighed").geq(MIN_SEIZURES), q3.plus(q3.minus(q1).multiply(IQR_MULTIPLIER)));
    Column[] keys = Arrays.stream(groupColumns).map(c -> col(c)).toArray(Column[]::new);
    // Only the weighed seizures reach the quartiles: summed declarations and unweighed seizures would only add rows
    // to a sort-based aggregate. A group without any is absent here, and its fence null after the left join.
    return facts.filter(weighed).groupBy(keys)
        .agg(count_if(weighed).as("_weighed"), percentile(log, lit(0.25)).as("_q1"), percentile(log, lit(0.75)).as("_q3"))
        .withColumn(LIMIT, limit)
        // A fence beyond any decimal kg (only with absurd spreads) is left empty; nothing can be above it anyway.
        .withColumn(FENCE_KG, pow(lit(10.0), col(LIMIT)).try_cast(DataTypes.createDecimalType(38, 3)))
        .drop("_weighed", "_q1", "_q3");
  }

  /** The facts with their group's {@link #FENCE_KG} and the {@link #OUTLIER} flag. */
  public static Dataset<Row> flag(Dataset<Row> facts, String... groupColumns) {
    Column above = col(Facts.SEIZURE_KG).gt(0).and(log10(col(Facts.SEIZURE_KG)).gt(col(LIMIT)));
    return facts.join(broadcast(fences(facts, groupColumns)), seq(Arrays.asList(groupColumns)), "left")
        .withColumn(OUTLIER, coalesce(above, lit(false)))
        .drop(LIMIT);
  }

  private static scala.collection.immutable.Seq<String> seq(List<String> items) {
    return CollectionConverters.asScala(items).toSeq();
  }
}
