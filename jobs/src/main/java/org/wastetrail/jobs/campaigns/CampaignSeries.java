package org.wastetrail.jobs.campaigns;

import static org.apache.spark.sql.functions.add_months;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.wastetrail.jobs.aggregate.Dimension;
import org.wastetrail.jobs.aggregate.Facts;
import org.wastetrail.jobs.aggregate.PeriodAggregates;
import org.wastetrail.jobs.aggregate.Periods;

/**
 * {@code campaign_series}: each campaign's monthly figures from {@value #MONTHS_AROUND} months before its first month to
 * {@value #MONTHS_AROUND} after its last, at its scope ports and elsewhere, marked BEFORE, DURING or AFTER — the
 * before/during/after view planners read an operation by. Built from the per-port monthly aggregates.
 */
public final class CampaignSeries {
  public static final int MONTHS_AROUND = 6;
  public static final String PHASE = "phase";

  private static final StructType CAMPAIGNS = DataTypes.createStructType(List.of(
      DataTypes.createStructField(CampaignCounts.CAMPAIGN_ID, DataTypes.StringType, false),
      DataTypes.createStructField("first_month", DataTypes.DateType, false),
      DataTypes.createStructField("last_month", DataTypes.DateType, false),
      DataTypes.createStructField(CampaignCounts.SCOPE_PORTS, DataTypes.createArrayType(DataTypes.StringType), true)));

  private CampaignSeries() {}

  public static Dataset<Row> compute(SparkSession spark, Dataset<Row> aggregates, List<Campaign> campaigns) {
    List<Row> rows = new ArrayList<>();
    for (Campaign c : campaigns) {
      rows.add(RowFactory.create(c.id(), Date.valueOf(c.start().withDayOfMonth(1)), Date.valueOf(c.end().withDayOfMonth(1)),
          CampaignCounts.ports(c.scopePorts())));
    }
    Dataset<Row> windows = spark.createDataFrame(rows, CAMPAIGNS);
    Column month = col(Periods.PERIOD_START);
    Dataset<Row> monthly = aggregates.filter(col(PeriodAggregates.DIMENSION).equalTo(Dimension.PORT.name())
        .and(col(Periods.PERIOD_TYPE).equalTo(Periods.MONTH)));
    return monthly.join(broadcast(windows), month.between(add_months(col("first_month"), -MONTHS_AROUND),
            add_months(col("last_month"), MONTHS_AROUND)))
        .withColumn(CampaignCounts.SCOPE, CampaignCounts.scope(col(CampaignCounts.SCOPE_PORTS)))
        .withColumn(PHASE, when(month.lt(col("first_month")), lit("BEFORE"))
            .when(month.gt(col("last_month")), lit("AFTER")).otherwise(lit("DURING")))
        .groupBy(col(CampaignCounts.CAMPAIGN_ID), col(CampaignCounts.SCOPE), col(Periods.PERIOD), col(PHASE))
        .agg(sum(col(Facts.SEIZURES)).as(Facts.SEIZURES), sum(col(Facts.SEIZED_KG)).as(Facts.SEIZED_KG),
            sum(col(Facts.DECLARATIONS)).as(Facts.DECLARATIONS), sum(col(Facts.INSPECTIONS)).as(Facts.INSPECTIONS),
            sum(col(Facts.VIOLATIONS)).as(Facts.VIOLATIONS))
        .withColumn(PeriodAggregates.HIT_RATE, CampaignCounts.hitRate());
  }
}
