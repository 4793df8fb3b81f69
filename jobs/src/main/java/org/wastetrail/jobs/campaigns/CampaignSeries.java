package org.wastetrail.jobs.campaigns;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.wastetrail.jobs.aggregate.Periods;

/**
 * {@code campaign_series}: each campaign's monthly figures from {@value #MONTHS_AROUND} months before its first month to
 * {@value #MONTHS_AROUND} after its last, at its scope ports and elsewhere, marked BEFORE, DURING or AFTER — the
 * before/during/after view planners read an operation by. Built from the per-port monthly aggregates.
 */
public final class CampaignSeries {
  public static final int MONTHS_AROUND = 6;
  public static final String PHASE = "phase";
  /** The table's total order. */
  public static final String[] ORDER = {CampaignCounts.CAMPAIGN_ID, CampaignCounts.SCOPE, Periods.PERIOD};
  public static final StructType SCHEMA = DataTypes.createStructType(new StructField[] {
      field(CampaignCounts.CAMPAIGN_ID, DataTypes.StringType), field(CampaignCounts.SCOPE, DataTypes.StringType),
      field(Periods.PERIOD, DataTypes.StringType), field(PHASE, DataTypes.StringType),
      field(Facts.SEIZURES, DataTypes.LongType), field(Facts.SEIZED_KG, DataTypes.createDecimalType(38, 6)),
      field(Facts.DECLARATIONS, DataTypes.LongType), field(Facts.INSPECTIONS, DataTypes.LongType),
      field(Facts.VIOLATIONS, DataTypes.LongType), field(PeriodAggregates.HIT_RATE, DataTypes.DoubleType)});

  private CampaignSeries() {}

  /**
   * One row per campaign, scope and month around it that holds a record, in no particular order (the table's is
   * {@link #ORDER}).
   *
   * @param byPort the rows of the {@code by_port} table (all period types), in the columns of {@code schema}
   */
  public static List<Row> compute(StructType schema, List<Row> byPort, List<Campaign> campaigns) {
    int type = schema.fieldIndex(Periods.PERIOD_TYPE);
    int label = schema.fieldIndex(Periods.PERIOD);
    int port = schema.fieldIndex(Facts.PORT);
    int[] measures = {schema.fieldIndex(Facts.SEIZURES), schema.fieldIndex(Facts.DECLARATIONS),
        schema.fieldIndex(Facts.INSPECTIONS), schema.fieldIndex(Facts.VIOLATIONS)};
    int seizedKg = schema.fieldIndex(Facts.SEIZED_KG);
    List<Row> months = byPort.stream().filter(r -> Periods.MONTH.equals(r.getString(type))).toList();
    List<Row> rows = new ArrayList<>();
    for (Campaign c : campaigns) {
      YearMonth first = YearMonth.from(c.start());
      YearMonth last = YearMonth.from(c.end());
      Map<List<String>, long[]> counts = new LinkedHashMap<>();
      Map<List<String>, BigDecimal> kg = new LinkedHashMap<>();
      for (Row r : months) {
        String period = r.getString(label);
        YearMonth month = YearMonth.parse(period);
        if (month.isBefore(first.minusMonths(MONTHS_AROUND)) || month.isAfter(last.plusMonths(MONTHS_AROUND))) {
          continue;
        }
        String phase = month.isBefore(first) ? "BEFORE" : month.isAfter(last) ? "AFTER" : "DURING";
        List<String> key = List.of(CampaignFacts.scope(c.scopePorts(), r.getString(port)), period, phase);
        long[] sums = counts.computeIfAbsent(key, k -> new long[measures.length]);
        for (int m = 0; m < measures.length; m++) {
          sums[m] += r.getLong(measures[m]);
        }
        kg.merge(key, r.getDecimal(seizedKg), BigDecimal::add);
      }
      counts.forEach((key, sums) -> rows.add(RowFactory.create(c.id(), key.get(0), key.get(1), key.get(2), sums[0],
          kg.get(key), sums[1], sums[2], sums[3], CampaignFacts.hitRate(sums[3], sums[2]))));
    }
    return rows;
  }

  private static StructField field(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }
}
