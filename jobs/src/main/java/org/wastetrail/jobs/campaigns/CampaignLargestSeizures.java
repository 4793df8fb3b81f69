package org.wastetrail.jobs.campaigns;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.wastetrail.jobs.aggregate.Facts;

/**
 * {@code campaign_largest_seizures}: the heaviest weighed seizures of each campaign's window, in and out of scope, with
 * their share of the window's seized kg and whether they are outliers ({@link OutlierFences}): the cases that make a
 * campaign's tonnage, set apart from its typical seizure.
 */
public final class CampaignLargestSeizures {
  public static final String RANK = "rank";
  public static final String SHARE_OF_WINDOW_KG = "share_of_window_kg";
  private static final String WINDOW_SEIZED_KG = "_window_seized_kg";

  private CampaignLargestSeizures() {}

  /** @param withOutliers the rows of {@link CampaignBreakdown#withOutliers} */
  public static Dataset<Row> top(Dataset<Row> withOutliers, int top) {
    WindowSpec scope = Window.partitionBy(col(CampaignCounts.CAMPAIGN_ID), col(CampaignCounts.SCOPE));
    Column windowKg = col(WINDOW_SEIZED_KG);
    return withOutliers.filter(col(CampaignBreakdown.WINDOW).equalTo(CampaignBreakdown.CAMPAIGN))
        .withColumn(WINDOW_SEIZED_KG, sum(col(Facts.SEIZED_KG)).over(scope))
        .filter(col(Facts.SEIZURE_KG).isNotNull())
        .withColumn(RANK, row_number().over(scope.orderBy(col(Facts.SEIZURE_KG).desc(), col(Facts.RECORD_ID).asc())))
        .filter(col(RANK).leq(top))
        .select(col(CampaignCounts.CAMPAIGN_ID), col(CampaignCounts.SCOPE), col(RANK),
            col(Facts.RECORD_ID).as("seizure_id"), col(Facts.RECORD_DATE).as("seizure_date"), col(Facts.PORT),
            col(Facts.REPORTING_COUNTRY), col(Facts.ORIGIN), col(Facts.DESTINATION), col(Facts.WASTE_CATEGORY),
            col(Facts.SEIZURE_KG).as("quantity_kg"), col(Facts.SEIZURE_PIECES).as("pieces"),
            when(windowKg.gt(0), col(Facts.SEIZURE_KG).cast("double").divide(windowKg.cast("double")))
                .as(SHARE_OF_WINDOW_KG),
            col(OutlierFences.OUTLIER));
  }
}
