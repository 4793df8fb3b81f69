package org.wastetrail.jobs.campaigns;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.wastetrail.jobs.aggregate.Facts;

/**
 * {@code campaign_comparison} rows, exactly as the data contract lists the columns: one per campaign × baseline ×
 * scope × waste category ({@code ALL} included), with the notes that keep a reader from over-reading a number.
 */
public final class ComparisonRows {
  /** Code-list changes that break comparisons across them: the date each took effect and what changed. */
  static final Map<LocalDate, String> CODE_CHANGES = new TreeMap<>(Map.of(
      LocalDate.of(2021, 1, 1), "the Basel plastic-waste amendments (2021-01-01)",
      LocalDate.of(2022, 1, 1), "HS 2022 (2022-01-01)",
      LocalDate.of(2025, 1, 1), "the Basel e-waste amendments (2025-01-01)"));

  public static final StructType SCHEMA = DataTypes.createStructType(new StructField[] {
      field("campaign_id", DataTypes.StringType), field("baseline", DataTypes.StringType),
      field("baseline_from", DataTypes.DateType), field("baseline_to", DataTypes.DateType),
      field("scope", DataTypes.StringType), field("waste_category", DataTypes.StringType),
      field("campaign_days", DataTypes.LongType), field("baseline_days", DataTypes.LongType),
      field("campaign_seizures", DataTypes.LongType), field("baseline_seizures", DataTypes.LongType),
      field("seizure_rate_ratio", DataTypes.DoubleType), field("seizure_rr_ci_low", DataTypes.DoubleType),
      field("seizure_rr_ci_high", DataTypes.DoubleType), field("seizure_p_value", DataTypes.DoubleType),
      field("campaign_inspections", DataTypes.LongType), field("campaign_violations", DataTypes.LongType),
      field("baseline_inspections", DataTypes.LongType), field("baseline_violations", DataTypes.LongType),
      field("hit_rate_ratio", DataTypes.DoubleType), field("hit_rr_ci_low", DataTypes.DoubleType),
      field("hit_rr_ci_high", DataTypes.DoubleType), field("campaign_seized_kg", DataTypes.createDecimalType(32, 6)),
      field("baseline_seized_kg", DataTypes.createDecimalType(32, 6)), field("note", DataTypes.StringType)});

  private ComparisonRows() {}

  /** Measures of one side of a comparison. */
  record Side(long seizures, BigDecimal seizedKg, long inspections, long violations) {
    static final Side NONE = new Side(0, BigDecimal.ZERO, 0, 0);
  }

  /**
   * @param counts rows of {@link CampaignCounts#count}, collected (a few per campaign)
   * @param firstDate first record date of the data; {@code lastDate} the last
   */
  public static List<Row> build(List<Comparison> plan, List<Row> counts, LocalDate firstDate, LocalDate lastDate) {
    Map<String, Side> sides = new HashMap<>();
    Map<String, TreeSet<String>> categories = new HashMap<>();
    for (Row r : counts) {
      String comparison = r.getAs(CampaignCounts.CAMPAIGN_ID) + "|" + r.getAs(CampaignCounts.BASELINE) + "|"
          + r.getAs(CampaignCounts.SCOPE);
      String category = r.getAs(Facts.WASTE_CATEGORY);
      sides.put(comparison + "|" + category + "|" + r.getAs(CampaignCounts.SIDE), new Side(r.<Long>getAs(Facts.SEIZURES),
          r.getAs(Facts.SEIZED_KG), r.<Long>getAs(Facts.INSPECTIONS), r.<Long>getAs(Facts.VIOLATIONS)));
      categories.computeIfAbsent(comparison, k -> new TreeSet<>()).add(category);
    }
    List<Row> rows = new ArrayList<>();
    for (Comparison c : plan) {
      for (String scope : List.of(CampaignCounts.IN_SCOPE, CampaignCounts.OUT_OF_SCOPE)) {
        String comparison = c.campaign().id() + "|" + c.baseline().name() + "|" + scope;
        TreeSet<String> wanted = new TreeSet<>(categories.getOrDefault(comparison, new TreeSet<>()));
        wanted.add(CampaignCounts.ALL);
        for (String category : wanted) {
          String key = comparison + "|" + category + "|";
          rows.add(row(c, scope, category, sides.getOrDefault(key + CampaignCounts.CAMPAIGN_SIDE, Side.NONE),
              sides.getOrDefault(key + CampaignCounts.BASELINE_SIDE, Side.NONE), firstDate, lastDate));
        }
      }
    }
    return rows;
  }

  private static Row row(Comparison c, String scope, String category, Side campaign, Side baseline,
      LocalDate firstDate, LocalDate lastDate) {
    List<String> notes = new ArrayList<>();
    boolean outside = c.baseline().from().isBefore(firstDate) || c.campaign().end().isAfter(lastDate);
    if (c.baseline().from().isBefore(firstDate)) {
      notes.add("baseline " + c.baseline().from() + " to " + c.baseline().to() + " starts before the data ("
          + firstDate + "): no comparison");
    }
    if (c.campaign().end().isAfter(lastDate)) {
      notes.add("the campaign ends after the data (" + lastDate + "): no comparison");
    }
    if (scope.equals(CampaignCounts.OUT_OF_SCOPE) && c.campaign().scopePorts() == null) {
      notes.add("the campaign covers every port: nothing is out of scope");
    }
    double campaignExposure = c.campaign().days() * (c.baseline().perAdministration() ? c.campaign().admins() : 1.0);
    double baselineExposure = c.baseline().days() * (c.baseline().perAdministration() ? c.baseline().admins() : 1.0);
    if (c.baseline().perAdministration()) {
      notes.add("rates per participating administration per day");
      if (c.baseline().admins() != c.campaign().admins()) {
        notes.add("participating administrations differ (" + c.campaign().admins() + " against "
            + c.baseline().admins() + ")");
      }
    }
    CODE_CHANGES.forEach((date, change) -> {
      if (c.baseline().to().isBefore(date) && !c.campaign().start().isBefore(date)) {
        notes.add("the comparison crosses " + change + ": codes and categories may not compare");
      }
    });
    RateComparisons.Ratio seizures = outside ? new RateComparisons.Ratio(null, null, null, null)
        : RateComparisons.seizureRateRatio(campaign.seizures(), campaignExposure, baseline.seizures(), baselineExposure);
    RateComparisons.Ratio hits = outside ? new RateComparisons.Ratio(null, null, null, null)
        : RateComparisons.hitRateRatio(campaign.violations(), campaign.inspections(), baseline.violations(),
            baseline.inspections());
    if (!outside && seizures.ratio() == null) {
      notes.add(campaign.seizures() + baseline.seizures() == 0 ? "no seizures in either period: no seizure rate ratio"
          : "no seizures in the baseline: no seizure rate ratio");
    }
    if (!outside && hits.ratio() == null) {
      notes.add(campaign.inspections() == 0 || baseline.inspections() == 0
          ? "no inspections in one period: no hit-rate ratio" : "no violations in the baseline: no hit-rate ratio");
    } else if (!outside && hits.low() == null) {
      notes.add("no violations in the campaign: no hit-rate interval");
    }
    return RowFactory.create(c.campaign().id(), c.baseline().name(), Date.valueOf(c.baseline().from()),
        Date.valueOf(c.baseline().to()), scope, category, c.campaign().days(), c.baseline().days(),
        campaign.seizures(), baseline.seizures(), seizures.ratio(), seizures.low(), seizures.high(), seizures.pValue(),
        campaign.inspections(), campaign.violations(), baseline.inspections(), baseline.violations(), hits.ratio(),
        hits.low(), hits.high(), campaign.seizedKg(), baseline.seizedKg(), String.join("; ", notes));
  }

  private static StructField field(String name, org.apache.spark.sql.types.DataType type) {
    return DataTypes.createStructField(name, type, true);
  }
}
