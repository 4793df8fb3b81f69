package org.wastetrail.jobs.trends;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.median;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.wastetrail.jobs.aggregate.Periods.PERIOD;
import static org.wastetrail.jobs.aggregate.Periods.PERIOD_TYPE;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.wastetrail.jobs.aggregate.Periods;
import scala.jdk.javaapi.CollectionConverters;

/**
 * {@code largest_seizures}: the heaviest seizures of each period with their share of the period's seized kg, beside the
 * period's total and median, so that one huge case is seen as one case and not as a trend.
 */
public final class LargestSeizures {
  public static final int DEFAULT_TOP = 10;

  private LargestSeizures() {}

  /** @param seizures the warehouse's seizures (already restricted to the analysed dates) */
  public static Dataset<Row> top(Dataset<Row> seizures, int top) {
    Dataset<Row> periodic = Periods.explodeToPeriods(seizures, "seizure_date");
    Dataset<Row> totals = periodic.groupBy(col(PERIOD_TYPE), col(PERIOD)).agg(
        count(lit(1)).as("period_seizures"),
        sum(coalesce(col("quantity_kg"), lit(0))).as("period_seized_kg"),
        median(col("quantity_kg")).cast(DataTypes.createDecimalType(22, 3)).as("period_median_kg"));
    Dataset<Row> ranked = periodic.filter(col("quantity_kg").isNotNull())
        .withColumn("rank", row_number().over(Window.partitionBy(col(PERIOD_TYPE), col(PERIOD))
            .orderBy(col("quantity_kg").desc(), col("seizure_id").asc())))
        .filter(col("rank").leq(top));
    return ranked.join(totals, CollectionConverters.asScala(List.of(PERIOD_TYPE, PERIOD)).toSeq())
        .select(col(PERIOD_TYPE), col(PERIOD), col("rank"), col("seizure_id"), col("seizure_date"), col("port"),
            col("origin_country"), col("destination_country"), col("waste_category"), col("quantity_kg"),
            when(col("period_seized_kg").gt(0),
                col("quantity_kg").cast("double").divide(col("period_seized_kg").cast("double")))
                .as("share_of_period_kg"),
            col("period_seized_kg"), col("period_median_kg"), col("period_seizures"));
  }
}
