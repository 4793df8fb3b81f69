package org.wastetrail.jobs.campaigns;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.sequence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.wastetrail.jobs.aggregate.Facts;

/**
 * Counts of the facts inside each campaign's window and each of its baselines' windows, in and out of scope, per waste
 * category and for all categories, from the facts of the windows collected once ({@link CampaignFacts}).
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
  private static final String WINDOW_DAY = "_window_day";

  /** The rows of {@link #count}: one per comparison, side, scope and waste category ({@value #ALL} included). */
  public static final StructType SCHEMA = DataTypes.createStructType(List.of(
      DataTypes.createStructField(CAMPAIGN_ID, DataTypes.StringType, false),
      DataTypes.createStructField(BASELINE, DataTypes.StringType, false),
      DataTypes.createStructField(SIDE, DataTypes.StringType, false),
      DataTypes.createStructField(SCOPE, DataTypes.StringType, false),
      DataTypes.createStructField(Facts.WASTE_CATEGORY, DataTypes.StringType, true),
      DataTypes.createStructField(Facts.SEIZURES, DataTypes.LongType, false),
      DataTypes.createStructField(Facts.SEIZED_KG, DataTypes.createDecimalType(32, 6), false),
      DataTypes.createStructField(Facts.INSPECTIONS, DataTypes.LongType, false),
      DataTypes.createStructField(Facts.VIOLATIONS, DataTypes.LongType, false)));

  private CampaignCounts() {}

  /** The windows a plan counts in: each comparison's campaign window and baseline window. */
  public static List<CampaignFacts.Range> windows(List<Comparison> comparisons) {
    List<CampaignFacts.Range> windows = new ArrayList<>();
    for (Comparison c : comparisons) {
      windows.add(new CampaignFacts.Range(c.campaign().start(), c.campaign().end()));
      windows.add(new CampaignFacts.Range(c.baseline().from(), c.baseline().to()));
    }
    return windows;
  }

  /**
   * Seizures, seized kg, inspections and violations per comparison, side, scope and waste category ({@value #ALL}):
   * a row for every group that holds a fact. Several plans may be counted at once; a comparison that is in more than
   * one of them is counted once.
   *
   * @param facts the facts of (at least) the {@link #windows} of the comparisons
   */
  public static List<Row> count(CampaignFacts facts, List<Comparison> comparisons) {
    List<Row> rows = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Comparison c : comparisons) {
      if (!seen.add(c.campaign().id() + "|" + c.baseline().name())) {
        continue;
      }
      side(rows, c, CAMPAIGN_SIDE, facts.in(new CampaignFacts.Range(c.campaign().start(), c.campaign().end())),
          c.campaign().scopePorts());
      side(rows, c, BASELINE_SIDE, facts.in(new CampaignFacts.Range(c.baseline().from(), c.baseline().to())),
          c.baseline().scopePorts());
    }
    return rows;
  }

  private static void side(List<Row> rows, Comparison c, String side, List<CampaignFacts.Fact> facts,
      List<String> scopePorts) {
    Map<List<String>, Sums> groups = new LinkedHashMap<>();
    for (CampaignFacts.Fact fact : facts) {
      String scope = CampaignFacts.scope(scopePorts, fact.port());
      groups.computeIfAbsent(Arrays.asList(scope, fact.category()), k -> new Sums()).add(fact);
      groups.computeIfAbsent(List.of(scope, ALL), k -> new Sums()).add(fact);
    }
    groups.forEach((key, sums) -> rows.add(new GenericRowWithSchema(new Object[] {c.campaign().id(),
        c.baseline().name(), side, key.get(0), key.get(1), sums.seizures, sums.seizedKg, sums.inspections,
        sums.violations}, SCHEMA)));
  }

  /** The measures a comparison reads, added up. */
  private static final class Sums {
    long seizures;
    BigDecimal seizedKg = BigDecimal.ZERO;
    long inspections;
    long violations;

    void add(CampaignFacts.Fact fact) {
      seizures += fact.seizures();
      seizedKg = seizedKg.add(fact.seizedKg());
      inspections += fact.inspections();
      violations += fact.violations();
    }
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
}
