package org.wastetrail.jobs.campaigns;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.inline;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.wastetrail.jobs.aggregate.Facts;
import org.wastetrail.jobs.aggregate.PeriodAggregates;
import org.wastetrail.jobs.aggregate.SeizureSizes;

/**
 * {@code campaign_breakdown}: each campaign's window and its prior window, in and out of scope, broken down by port,
 * reporting country, route and waste category ({@code ALL} included), with the contract's measures, the unweighed
 * seizures, the median and largest seizure, and the outliers above the window's fence ({@link OutlierFences}). The
 * facts are placed in the windows by one join against the small, broadcast table of windows' days.
 */
public final class CampaignBreakdown {
  public static final String WINDOW = "window";
  public static final String CAMPAIGN = "CAMPAIGN";
  public static final String PRIOR = Baseline.PRIOR;
  public static final String DIMENSION = "dimension";
  public static final String KEY = "key";
  public static final String UNWEIGHED_SEIZURES = "unweighed_seizures";
  public static final String UNWEIGHED_PIECES = "unweighed_pieces";
  public static final String OUTLIER_SEIZURES = "outlier_seizures";
  public static final String OUTLIER_KG = "outlier_kg";
  /** Within which the outlier fence is drawn. */
  static final String[] FENCE_GROUP = {CampaignCounts.CAMPAIGN_ID, WINDOW, CampaignCounts.SCOPE};

  static final StructType WINDOWS = DataTypes.createStructType(List.of(
      DataTypes.createStructField(CampaignCounts.CAMPAIGN_ID, DataTypes.StringType, false),
      DataTypes.createStructField(WINDOW, DataTypes.StringType, false),
      DataTypes.createStructField(CampaignCounts.WINDOW_FROM, DataTypes.DateType, false),
      DataTypes.createStructField(CampaignCounts.WINDOW_TO, DataTypes.DateType, false),
      DataTypes.createStructField(CampaignCounts.SCOPE_PORTS, DataTypes.createArrayType(DataTypes.StringType), true)));

  private CampaignBreakdown() {}

  /** Each campaign's own window ({@value #CAMPAIGN}) and its prior window ({@value #PRIOR}). */
  public static Dataset<Row> windows(SparkSession spark, List<Campaign> campaigns) {
    List<Row> rows = new ArrayList<>();
    for (Campaign c : campaigns) {
      Baseline prior = Baseline.prior(c);
      rows.add(RowFactory.create(c.id(), CAMPAIGN, Date.valueOf(c.start()), Date.valueOf(c.end()),
          CampaignCounts.ports(c.scopePorts())));
      rows.add(RowFactory.create(c.id(), PRIOR, Date.valueOf(prior.from()), Date.valueOf(prior.to()),
          CampaignCounts.ports(prior.scopePorts())));
    }
    return spark.createDataFrame(rows, WINDOWS);
  }

  /**
   * The facts inside each window (a fact may be in several), with their scope and only the columns the breakdown and
   * the largest seizures read. Worth persisting: read for the fences, the breakdown and the largest seizures.
   */
  public static Dataset<Row> place(Dataset<Row> facts, Dataset<Row> windows) {
    return CampaignCounts.inWindows(facts, windows)
        .select(col(CampaignCounts.CAMPAIGN_ID), col(WINDOW), col(CampaignCounts.WINDOW_FROM),
            col(CampaignCounts.WINDOW_TO), CampaignCounts.scope(col(CampaignCounts.SCOPE_PORTS)).as(CampaignCounts.SCOPE),
            col(Facts.RECORD_ID), col(Facts.RECORD_DATE), col(Facts.PORT), col(Facts.REPORTING_COUNTRY),
            col(Facts.ORIGIN), col(Facts.DESTINATION), col(Facts.WASTE_CATEGORY), col(Facts.SEIZURE_KG),
            col(Facts.SEIZURE_PIECES), col(Facts.SEIZURES), col(Facts.SEIZED_KG), col(Facts.SEIZED_PIECES),
            col(Facts.DECLARATIONS), col(Facts.INSPECTIONS), col(Facts.VIOLATIONS));
  }

  /** Placed facts with their window's outlier fence and flag: the input of the breakdown and of the largest seizures. */
  public static Dataset<Row> withOutliers(Dataset<Row> placed) {
    return OutlierFences.flag(placed, FENCE_GROUP);
  }

  /**
   * One row per campaign, window, scope, dimension and key that holds a record. The additive measures are summed over
   * every placed fact; the median and the largest seizure over the weighed seizures only, and joined on: a median is
   * a sort-based aggregate, and asking it of the summed declarations too made this the slowest table of the campaigns.
   */
  public static Dataset<Row> compute(Dataset<Row> withOutliers) {
    List<Column> keys = new ArrayList<>();
    for (Map.Entry<String, Column> dimension : dimensionKeys()) {
      keys.add(struct(lit(dimension.getKey()).as(DIMENSION), dimension.getValue().as(KEY)));
    }
    List<String> groupColumns = List.of(CampaignCounts.CAMPAIGN_ID, WINDOW, CampaignCounts.WINDOW_FROM,
        CampaignCounts.WINDOW_TO, CampaignCounts.SCOPE, DIMENSION, KEY, OutlierFences.FENCE_KG);
    Column[] groupBy = groupColumns.stream().map(c -> col(c)).toArray(Column[]::new);
    Column unweighed = col(Facts.SEIZURES).equalTo(1).and(col(Facts.SEIZURE_KG).isNull());
    Column outlier = col(OutlierFences.OUTLIER);
    Dataset<Row> byKey = withOutliers.select(col("*"), inline(array(keys.toArray(Column[]::new))));
    Dataset<Row> sums = byKey.groupBy(groupBy)
        .agg(sum(col(Facts.SEIZURES)).as(Facts.SEIZURES), sum(col(Facts.SEIZED_KG)).as(Facts.SEIZED_KG),
            sum(col(Facts.SEIZED_PIECES)).as(Facts.SEIZED_PIECES),
            sum(when(unweighed, 1L).otherwise(0L)).as(UNWEIGHED_SEIZURES),
            sum(when(unweighed, col(Facts.SEIZED_PIECES)).otherwise(0L)).as(UNWEIGHED_PIECES),
            sum(col(Facts.DECLARATIONS)).as(Facts.DECLARATIONS), sum(col(Facts.INSPECTIONS)).as(Facts.INSPECTIONS),
            sum(col(Facts.VIOLATIONS)).as(Facts.VIOLATIONS),
            sum(when(outlier, 1L).otherwise(0L)).as(OUTLIER_SEIZURES),
            sum(when(outlier, col(Facts.SEIZURE_KG)).otherwise(lit(0))).as(OUTLIER_KG));
    // The weighed seizures of the windows are few (thousands): their medians are sorted out on the driver.
    Dataset<Row> weighed = byKey.filter(col(Facts.SEIZURE_KG).isNotNull())
        .select(Stream.concat(groupColumns.stream(), Stream.of(Facts.SEIZURE_KG)).map(c -> col(c)).toArray(Column[]::new));
    return SeizureSizes.joined(sums, SeizureSizes.byKey(weighed.collectAsList(), groupColumns.size()),
            weighed.drop(Facts.SEIZURE_KG).schema(), weighed.schema().apply(Facts.SEIZURE_KG).dataType())
        .withColumn(PeriodAggregates.HIT_RATE, CampaignCounts.hitRate())
        .select(CampaignCounts.CAMPAIGN_ID, WINDOW, CampaignCounts.WINDOW_FROM, CampaignCounts.WINDOW_TO,
            CampaignCounts.SCOPE, DIMENSION, KEY, Facts.SEIZURES, Facts.SEIZED_KG, Facts.SEIZED_PIECES,
            UNWEIGHED_SEIZURES, UNWEIGHED_PIECES, Facts.DECLARATIONS, Facts.INSPECTIONS, Facts.VIOLATIONS,
            PeriodAggregates.HIT_RATE, PeriodAggregates.MEDIAN_SEIZURE_KG, PeriodAggregates.LARGEST_SEIZURE_KG,
            OutlierFences.FENCE_KG, OUTLIER_SEIZURES, OUTLIER_KG);
  }

  /** The dimensions with the key of a fact in each; a route's key is {@code ORIGIN>DESTINATION}. */
  private static List<Map.Entry<String, Column>> dimensionKeys() {
    return List.of(
        Map.entry(CampaignCounts.ALL, lit(CampaignCounts.ALL)),
        Map.entry("PORT", col(Facts.PORT)),
        Map.entry("REPORTING_COUNTRY", col(Facts.REPORTING_COUNTRY)),
        Map.entry("ROUTE", concat(col(Facts.ORIGIN), lit(">"), col(Facts.DESTINATION))),
        Map.entry("WASTE_CATEGORY", col(Facts.WASTE_CATEGORY)));
  }
}
