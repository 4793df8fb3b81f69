package org.wastetrail.jobs.campaigns;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.wastetrail.jobs.aggregate.Facts;
import org.wastetrail.jobs.aggregate.PeriodAggregates;
import org.wastetrail.jobs.aggregate.SeizureSizes;

/**
 * {@code campaign_breakdown}: each campaign's window and its prior window, in and out of scope, broken down by port,
 * reporting country, route and waste category ({@code ALL} included), with the contract's measures, the unweighed
 * seizures, the median and largest seizure, and the outliers above the window's fence ({@link OutlierFences}). Computed
 * from the facts of the windows collected once ({@link CampaignFacts}).
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
  /** The table's total order. */
  public static final String[] ORDER = {CampaignCounts.CAMPAIGN_ID, WINDOW, CampaignCounts.SCOPE, DIMENSION, KEY};

  private static final DataType SUMMED_KG = DataTypes.createDecimalType(32, 6);
  public static final StructType SCHEMA = DataTypes.createStructType(new StructField[] {
      field(CampaignCounts.CAMPAIGN_ID, DataTypes.StringType), field(WINDOW, DataTypes.StringType),
      field(CampaignCounts.WINDOW_FROM, DataTypes.DateType), field(CampaignCounts.WINDOW_TO, DataTypes.DateType),
      field(CampaignCounts.SCOPE, DataTypes.StringType), field(DIMENSION, DataTypes.StringType),
      field(KEY, DataTypes.StringType), field(Facts.SEIZURES, DataTypes.LongType), field(Facts.SEIZED_KG, SUMMED_KG),
      field(Facts.SEIZED_PIECES, DataTypes.LongType), field(UNWEIGHED_SEIZURES, DataTypes.LongType),
      field(UNWEIGHED_PIECES, DataTypes.LongType), field(Facts.DECLARATIONS, DataTypes.LongType),
      field(Facts.INSPECTIONS, DataTypes.LongType), field(Facts.VIOLATIONS, DataTypes.LongType),
      field(PeriodAggregates.HIT_RATE, DataTypes.DoubleType),
      field(PeriodAggregates.MEDIAN_SEIZURE_KG, DataTypes.createDecimalType(22, 3)),
      field(PeriodAggregates.LARGEST_SEIZURE_KG, Facts.KG),
      field(OutlierFences.FENCE_KG, DataTypes.createDecimalType(38, 3)), field(OUTLIER_SEIZURES, DataTypes.LongType),
      field(OUTLIER_KG, SUMMED_KG)});

  /** The dimensions with the key of a fact in each; a route's key is {@code ORIGIN>DESTINATION}. */
  private static final Map<String, Function<CampaignFacts.Fact, String>> DIMENSIONS = dimensions();

  private CampaignBreakdown() {}

  /** A window of a campaign's review: its own ({@value #CAMPAIGN}) or the one before it ({@value #PRIOR}). */
  record Window(Campaign campaign, String name, CampaignFacts.Range range, List<String> scopePorts) {}

  /** Each campaign's own window and its prior window. */
  static List<Window> windows(List<Campaign> campaigns) {
    List<Window> windows = new ArrayList<>();
    for (Campaign c : campaigns) {
      Baseline prior = Baseline.prior(c);
      windows.add(new Window(c, CAMPAIGN, new CampaignFacts.Range(c.start(), c.end()), c.scopePorts()));
      windows.add(new Window(c, PRIOR, new CampaignFacts.Range(prior.from(), prior.to()), prior.scopePorts()));
    }
    return windows;
  }

  /** The windows the breakdown (and the largest seizures) read, to collect. */
  public static List<CampaignFacts.Range> ranges(List<Campaign> campaigns) {
    return windows(campaigns).stream().map(Window::range).toList();
  }

  /**
   * One row per campaign, window, scope, dimension and key that holds a record, in no particular order (the table's
   * is {@link #ORDER}). The additive measures are summed over every fact; the median and the largest seizure over the
   * weighed seizures; the fence over the weighed seizures of the window and scope.
   */
  public static List<Row> compute(CampaignFacts facts, List<Campaign> campaigns) {
    List<Row> rows = new ArrayList<>();
    for (Window window : windows(campaigns)) {
      for (Map.Entry<String, List<CampaignFacts.Fact>> scope : byScope(facts.in(window.range()),
          window.scopePorts()).entrySet()) {
        OutlierFences.Fence fence = fence(scope.getValue());
        Map<List<String>, Sums> groups = new LinkedHashMap<>();
        for (CampaignFacts.Fact fact : scope.getValue()) {
          boolean outlier = fence.above(fact.seizureKg());
          DIMENSIONS.forEach((dimension, key) ->
              groups.computeIfAbsent(Arrays.asList(dimension, key.apply(fact)), k -> new Sums())
                  .add(fact, outlier));
        }
        groups.forEach((key, sums) -> rows.add(sums.row(window, scope.getKey(), key.get(0), key.get(1), fence)));
      }
    }
    return rows;
  }

  /** The facts of a window by scope, in scope first. */
  static Map<String, List<CampaignFacts.Fact>> byScope(List<CampaignFacts.Fact> facts, List<String> scopePorts) {
    Map<String, List<CampaignFacts.Fact>> byScope = new LinkedHashMap<>();
    for (CampaignFacts.Fact fact : facts) {
      byScope.computeIfAbsent(CampaignFacts.scope(scopePorts, fact.port()), k -> new ArrayList<>()).add(fact);
    }
    return byScope;
  }

  /** The fence of a window and scope, over its weighed seizures. */
  static OutlierFences.Fence fence(List<CampaignFacts.Fact> facts) {
    List<BigDecimal> weights = new ArrayList<>();
    for (CampaignFacts.Fact fact : facts) {
      if (fact.weighed()) {
        weights.add(fact.seizureKg());
      }
    }
    return OutlierFences.of(weights);
  }

  /** The measures of one row, added up fact by fact. */
  private static final class Sums {
    long seizures;
    BigDecimal seizedKg = BigDecimal.ZERO;
    long seizedPieces;
    long unweighedSeizures;
    long unweighedPieces;
    long declarations;
    long inspections;
    long violations;
    long outlierSeizures;
    BigDecimal outlierKg = BigDecimal.ZERO;
    final List<BigDecimal> weighed = new ArrayList<>();

    void add(CampaignFacts.Fact fact, boolean outlier) {
      seizures += fact.seizures();
      seizedKg = seizedKg.add(fact.seizedKg());
      seizedPieces += fact.seizedPieces();
      unweighedSeizures += fact.unweighedSeizures();
      unweighedPieces += fact.unweighedPieces();
      declarations += fact.declarations();
      inspections += fact.inspections();
      violations += fact.violations();
      if (outlier) {
        outlierSeizures++;
        outlierKg = outlierKg.add(fact.seizureKg());
      }
      if (fact.weighed()) {
        weighed.add(fact.seizureKg());
      }
    }

    Row row(Window window, String scope, String dimension, String key, OutlierFences.Fence fence) {
      weighed.sort(null);
      return RowFactory.create(window.campaign().id(), window.name(), Date.valueOf(window.range().from()),
          Date.valueOf(window.range().to()), scope, dimension, key, seizures, seizedKg, seizedPieces,
          unweighedSeizures, unweighedPieces, declarations, inspections, violations,
          CampaignFacts.hitRate(violations, inspections), weighed.isEmpty() ? null : SeizureSizes.median(weighed),
          weighed.isEmpty() ? null : weighed.get(weighed.size() - 1), fence.kg(), outlierSeizures, outlierKg);
    }
  }

  private static Map<String, Function<CampaignFacts.Fact, String>> dimensions() {
    Map<String, Function<CampaignFacts.Fact, String>> dimensions = new LinkedHashMap<>();
    dimensions.put(CampaignCounts.ALL, fact -> CampaignCounts.ALL);
    dimensions.put("PORT", CampaignFacts.Fact::port);
    dimensions.put("REPORTING_COUNTRY", CampaignFacts.Fact::reportingCountry);
    dimensions.put("ROUTE", fact -> fact.origin() == null || fact.destination() == null ? null
        : fact.origin() + ">" + fact.destination());
    dimensions.put("WASTE_CATEGORY", CampaignFacts.Fact::category);
    return dimensions;
  }

  private static StructField field(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }
}
