package org.wastetrail.jobs.campaigns;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.wastetrail.jobs.aggregate.Facts;
import org.wastetrail.jobs.aggregate.PeriodAggregates;

/**
 * {@code campaign_largest_seizures}: the heaviest weighed seizures of each campaign's window, in and out of scope, with
 * their share of the window's seized kg and whether they are outliers ({@link OutlierFences}): the cases that make a
 * campaign's tonnage, set apart from its typical seizure.
 */
public final class CampaignLargestSeizures {
  public static final String RANK = "rank";
  public static final String SHARE_OF_WINDOW_KG = "share_of_window_kg";
  /** The table's total order. */
  public static final String[] ORDER = {CampaignCounts.CAMPAIGN_ID, CampaignCounts.SCOPE, RANK};
  public static final StructType SCHEMA = DataTypes.createStructType(new StructField[] {
      field(CampaignCounts.CAMPAIGN_ID, DataTypes.StringType), field(CampaignCounts.SCOPE, DataTypes.StringType),
      field(RANK, DataTypes.IntegerType), field("seizure_id", DataTypes.StringType),
      field("seizure_date", DataTypes.DateType), field(Facts.PORT, DataTypes.StringType),
      field(Facts.REPORTING_COUNTRY, DataTypes.StringType), field(Facts.ORIGIN, DataTypes.StringType),
      field(Facts.DESTINATION, DataTypes.StringType), field(Facts.WASTE_CATEGORY, DataTypes.StringType),
      field("quantity_kg", Facts.KG), field("pieces", DataTypes.LongType),
      field(SHARE_OF_WINDOW_KG, DataTypes.DoubleType), field(OutlierFences.OUTLIER, DataTypes.BooleanType)});

  /** Heaviest first; between equal weights, by seizure id. */
  private static final Comparator<CampaignFacts.Fact> HEAVIEST = Comparator
      .comparing(CampaignFacts.Fact::seizureKg, Comparator.reverseOrder())
      .thenComparing(CampaignFacts.Fact::recordId, PeriodAggregates::compareStrings);

  private CampaignLargestSeizures() {}

  /**
   * The {@code top} heaviest weighed seizures of each campaign window and scope, in no particular order (the table's is
   * {@link #ORDER}).
   *
   * @param facts the facts of (at least) the {@link CampaignBreakdown#ranges} of the campaigns
   */
  public static List<Row> top(CampaignFacts facts, List<Campaign> campaigns, int top) {
    List<Row> rows = new ArrayList<>();
    for (CampaignBreakdown.Window window : CampaignBreakdown.windows(campaigns)) {
      if (!window.name().equals(CampaignBreakdown.CAMPAIGN)) {
        continue;
      }
      for (Map.Entry<String, List<CampaignFacts.Fact>> scope : CampaignBreakdown.byScope(facts.in(window.range()),
          window.scopePorts()).entrySet()) {
        OutlierFences.Fence fence = CampaignBreakdown.fence(scope.getValue());
        BigDecimal windowKg = BigDecimal.ZERO;
        List<CampaignFacts.Fact> weighed = new ArrayList<>();
        for (CampaignFacts.Fact fact : scope.getValue()) {
          windowKg = windowKg.add(fact.seizedKg());
          if (fact.weighed()) {
            weighed.add(fact);
          }
        }
        weighed.sort(HEAVIEST);
        double share = windowKg.doubleValue();
        for (int rank = 1; rank <= Math.min(top, weighed.size()); rank++) {
          CampaignFacts.Fact s = weighed.get(rank - 1);
          rows.add(RowFactory.create(window.campaign().id(), scope.getKey(), rank, s.recordId(),
              Date.valueOf(s.date()), s.port(), s.reportingCountry(), s.origin(), s.destination(), s.category(),
              s.seizureKg(), s.seizurePieces(), windowKg.signum() > 0 ? s.seizureKg().doubleValue() / share : null,
              fence.above(s.seizureKg())));
        }
      }
    }
    return rows;
  }

  private static StructField field(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }
}
