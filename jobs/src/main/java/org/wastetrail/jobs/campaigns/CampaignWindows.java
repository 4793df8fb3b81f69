package org.wastetrail.jobs.campaigns;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * {@code campaign_windows}: one row per campaign with what a report needs to introduce it (name, dates, scope,
 * administrations, description) and its prior window, so reports never recompute a window.
 */
public final class CampaignWindows {
  public static final StructType SCHEMA = DataTypes.createStructType(new StructField[] {
      field("campaign_id", DataTypes.StringType), field("name", DataTypes.StringType),
      field("start_date", DataTypes.DateType), field("end_date", DataTypes.DateType),
      field("days", DataTypes.LongType), field("scope_ports", DataTypes.StringType),
      field("participating_admins", DataTypes.IntegerType), field("description", DataTypes.StringType),
      field("prior_from", DataTypes.DateType), field("prior_to", DataTypes.DateType)});

  private CampaignWindows() {}

  public static List<Row> rows(List<Campaign> campaigns) {
    List<Row> rows = new ArrayList<>();
    for (Campaign c : campaigns) {
      Baseline prior = Baseline.prior(c);
      rows.add(RowFactory.create(c.id(), c.name(), Date.valueOf(c.start()), Date.valueOf(c.end()), c.days(),
          c.scopeText(), c.admins(), c.description(), Date.valueOf(prior.from()), Date.valueOf(prior.to())));
    }
    return rows;
  }

  private static StructField field(String name, org.apache.spark.sql.types.DataType type) {
    return DataTypes.createStructField(name, type, true);
  }
}
