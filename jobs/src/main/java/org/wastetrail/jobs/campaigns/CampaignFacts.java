package org.wastetrail.jobs.campaigns;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.wastetrail.jobs.aggregate.Facts;

/**
 * The facts inside the windows of the campaign tables, collected to the driver in one query. Every campaign table is a
 * handful of sums over a few windows: asked of Spark, each was its own join, aggregation and sort, a second or so of
 * planning and compiling apiece for tables of a few thousand rows. Here the facts are placed in the windows once, the
 * declarations and unweighed seizures summed per window and key (they are only ever added up), and the weighed
 * seizures kept one by one (medians, fences and the largest seizures need each): at 10M declarations, 5,700 sums and
 * 68,000 seizures for the 331,000 facts in the windows.
 */
public final class CampaignFacts {
  /** A window of days, both ends inclusive; one ending before it starts holds nothing. */
  public record Range(LocalDate from, LocalDate to) {}

  /**
   * A fact in a window: one weighed seizure ({@code recordId} and {@code seizureKg} set), or the sum of the
   * declarations and unweighed seizures of the window with the same keys ({@code recordId}, {@code date} and
   * {@code seizureKg} null).
   */
  public record Fact(String recordId, LocalDate date, String port, String reportingCountry, String origin,
      String destination, String category, BigDecimal seizureKg, Long seizurePieces, long seizures,
      BigDecimal seizedKg, long seizedPieces, long unweighedSeizures, long unweighedPieces, long declarations,
      long inspections, long violations) {
    /** A seizure with a weight: the ones medians, fences and the largest seizures are made of. */
    public boolean weighed() {
      return seizureKg != null;
    }
  }

  private static final StructType WINDOWS = DataTypes.createStructType(List.of(
      DataTypes.createStructField(CampaignCounts.WINDOW_FROM, DataTypes.DateType, false),
      DataTypes.createStructField(CampaignCounts.WINDOW_TO, DataTypes.DateType, false)));
  private static final String UNWEIGHED_SEIZURES = CampaignBreakdown.UNWEIGHED_SEIZURES;
  private static final String UNWEIGHED_PIECES = CampaignBreakdown.UNWEIGHED_PIECES;

  private final Map<Range, List<Fact>> byWindow;

  CampaignFacts(Map<Range, List<Fact>> byWindow) {
    this.byWindow = byWindow;
  }

  /** The facts of every window asked for (a window asked twice is placed once). */
  public static CampaignFacts collect(SparkSession spark, Dataset<Row> facts, Collection<Range> windows) {
    Map<Range, List<Fact>> byWindow = new HashMap<>();
    List<Row> windowRows = new ArrayList<>();
    for (Range window : new LinkedHashSet<>(windows)) {
      byWindow.put(window, new ArrayList<>());
      windowRows.add(RowFactory.create(Date.valueOf(window.from()), Date.valueOf(window.to())));
    }
    if (windowRows.isEmpty()) {
      return new CampaignFacts(byWindow);
    }
    Dataset<Row> placed = CampaignCounts.inWindows(facts, spark.createDataFrame(windowRows, WINDOWS));
    Column weighed = col(Facts.SEIZURE_KG).isNotNull();
    Column unweighed = col(Facts.SEIZURES).equalTo(1).and(col(Facts.SEIZURE_KG).isNull());
    Dataset<Row> summed = placed.filter(weighed.unary_$bang())
        .groupBy(col(CampaignCounts.WINDOW_FROM), col(CampaignCounts.WINDOW_TO), col(Facts.PORT),
            col(Facts.REPORTING_COUNTRY), col(Facts.ORIGIN), col(Facts.DESTINATION), col(Facts.WASTE_CATEGORY))
        .agg(sum(col(Facts.SEIZURES)).as(Facts.SEIZURES), sum(col(Facts.SEIZED_KG)).as(Facts.SEIZED_KG),
            sum(col(Facts.SEIZED_PIECES)).as(Facts.SEIZED_PIECES),
            sum(when(unweighed, 1L).otherwise(0L)).as(UNWEIGHED_SEIZURES),
            sum(when(unweighed, col(Facts.SEIZED_PIECES)).otherwise(0L)).as(UNWEIGHED_PIECES),
            sum(col(Facts.DECLARATIONS)).as(Facts.DECLARATIONS), sum(col(Facts.INSPECTIONS)).as(Facts.INSPECTIONS),
            sum(col(Facts.VIOLATIONS)).as(Facts.VIOLATIONS))
        .select(col(CampaignCounts.WINDOW_FROM), col(CampaignCounts.WINDOW_TO),
            lit(null).cast(DataTypes.StringType).as(Facts.RECORD_ID), lit(null).cast(DataTypes.DateType).as(Facts.RECORD_DATE),
            col(Facts.PORT), col(Facts.REPORTING_COUNTRY), col(Facts.ORIGIN), col(Facts.DESTINATION),
            col(Facts.WASTE_CATEGORY), lit(null).cast(Facts.KG).as(Facts.SEIZURE_KG),
            lit(null).cast(DataTypes.LongType).as(Facts.SEIZURE_PIECES), col(Facts.SEIZURES), col(Facts.SEIZED_KG),
            col(Facts.SEIZED_PIECES), col(UNWEIGHED_SEIZURES), col(UNWEIGHED_PIECES), col(Facts.DECLARATIONS),
            col(Facts.INSPECTIONS), col(Facts.VIOLATIONS));
    Dataset<Row> seizures = placed.filter(weighed)
        .select(col(CampaignCounts.WINDOW_FROM), col(CampaignCounts.WINDOW_TO), col(Facts.RECORD_ID),
            col(Facts.RECORD_DATE), col(Facts.PORT), col(Facts.REPORTING_COUNTRY), col(Facts.ORIGIN),
            col(Facts.DESTINATION), col(Facts.WASTE_CATEGORY), col(Facts.SEIZURE_KG), col(Facts.SEIZURE_PIECES),
            col(Facts.SEIZURES), col(Facts.SEIZED_KG), col(Facts.SEIZED_PIECES), lit(0L).as(UNWEIGHED_SEIZURES),
            lit(0L).as(UNWEIGHED_PIECES), col(Facts.DECLARATIONS), col(Facts.INSPECTIONS), col(Facts.VIOLATIONS));
    for (Row r : summed.unionByName(seizures).collectAsList()) {
      Range window = new Range(r.getDate(0).toLocalDate(), r.getDate(1).toLocalDate());
      byWindow.get(window).add(new Fact(r.getString(2), r.isNullAt(3) ? null : r.getDate(3).toLocalDate(),
          r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getDecimal(9),
          r.isNullAt(10) ? null : r.getLong(10), r.getLong(11), r.getDecimal(12), r.getLong(13), r.getLong(14),
          r.getLong(15), r.getLong(16), r.getLong(17), r.getLong(18)));
    }
    return new CampaignFacts(byWindow);
  }

  /** The facts of a window that was collected. */
  public List<Fact> in(Range window) {
    List<Fact> facts = byWindow.get(window);
    if (facts == null) {
      throw new IllegalArgumentException("window " + window + " was not collected");
    }
    return facts;
  }

  /** {@link CampaignCounts#IN_SCOPE} for a fact at one of the scope ports (every port when they are null). */
  static String scope(List<String> scopePorts, String port) {
    return scopePorts == null || (port != null && scopePorts.contains(port)) ? CampaignCounts.IN_SCOPE
        : CampaignCounts.OUT_OF_SCOPE;
  }

  /** Violations / inspections; null when there were no inspections. */
  static Double hitRate(long violations, long inspections) {
    return inspections == 0 ? null : (double) violations / (double) inspections;
  }
}
