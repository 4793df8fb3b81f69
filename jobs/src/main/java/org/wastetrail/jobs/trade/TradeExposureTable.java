package org.wastetrail.jobs.trade;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.year;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Feeds {@link TradeExposure} from the warehouse: the trade baseline and the seizures summed per year, category and
 * country are small (countries times years), so they are collected and the table is computed on the driver.
 */
public final class TradeExposureTable {
  private static final DataType TONNES = DataTypes.createDecimalType(38, 9);
  public static final StructType SCHEMA = DataTypes.createStructType(List.of(
      DataTypes.createStructField("country", DataTypes.StringType, false),
      DataTypes.createStructField("year", DataTypes.IntegerType, false),
      DataTypes.createStructField("waste_category", DataTypes.StringType, false),
      DataTypes.createStructField("legal_imports_t", TONNES, true),
      DataTypes.createStructField("legal_exports_t", TONNES, true),
      DataTypes.createStructField("seizures_as_destination", DataTypes.LongType, true),
      DataTypes.createStructField("seized_t_as_destination", TONNES, true),
      DataTypes.createStructField("seizures_as_origin", DataTypes.LongType, true),
      DataTypes.createStructField("seized_t_as_origin", TONNES, true),
      DataTypes.createStructField("seized_t_per_1000t_imported", DataTypes.DoubleType, true),
      DataTypes.createStructField("seized_t_per_1000t_exported", DataTypes.DoubleType, true),
      DataTypes.createStructField("imports_yoy_pct", DataTypes.DoubleType, true),
      DataTypes.createStructField("exports_yoy_pct", DataTypes.DoubleType, true),
      DataTypes.createStructField("seized_t_as_destination_yoy_pct", DataTypes.DoubleType, true),
      DataTypes.createStructField("seized_t_as_origin_yoy_pct", DataTypes.DoubleType, true),
      DataTypes.createStructField("diversion", DataTypes.BooleanType, false),
      DataTypes.createStructField("diversion_from", DataTypes.StringType, true)));

  private TradeExposureTable() {}

  /** trade_exposure of the warehouse's trade_baseline and seizures tables. */
  public static Dataset<Row> compute(SparkSession spark, Dataset<Row> tradeBaseline, Dataset<Row> seizures) {
    List<TradeExposure.TradeFigure> trade = new ArrayList<>();
    for (Row r : tradeBaseline.select("reporter_country", "year", "waste_category", "flow", "tonnes").collectAsList()) {
      trade.add(new TradeExposure.TradeFigure(r.getString(0), r.getInt(1), r.getString(2), r.getString(3),
          r.isNullAt(4) ? null : r.getDecimal(4)));
    }
    Dataset<Row> dated = seizures.select(year(col("seizure_date")).as("year"), col("waste_category"),
        col("destination_country"), col("origin_country"), coalesce(col("quantity_kg"), lit(BigDecimal.ZERO)).as("kg"));
    List<TradeExposure.SeizureTotal> totals = new ArrayList<>();
    for (String role : List.of("destination_country", "origin_country")) {
      for (Row r : dated.groupBy(col("year"), col("waste_category"), col(role))
          .agg(count(lit(1)), sum(col("kg"))).collectAsList()) {
        totals.add(new TradeExposure.SeizureTotal(r.getString(2), r.getInt(0), r.getString(1),
            role.startsWith("destination"), r.getLong(3), r.getDecimal(4)));
      }
    }
    Row years = dated.agg(min(col("year")), max(col("year"))).first();
    int[] seizureYears = years.isNullAt(0) ? null : new int[] {years.getInt(0), years.getInt(1)};
    List<Row> rows = new ArrayList<>();
    for (TradeExposure.Row e : TradeExposure.compute(trade, totals, seizureYears)) {
      rows.add(RowFactory.create(e.country(), e.year(), e.wasteCategory(), e.legalImportsT(), e.legalExportsT(),
          e.seizuresAsDestination(), e.seizedTAsDestination(), e.seizuresAsOrigin(), e.seizedTAsOrigin(),
          e.seizedTPer1000TImported(), e.seizedTPer1000TExported(), e.importsYoyPct(), e.exportsYoyPct(),
          e.seizedTAsDestinationYoyPct(), e.seizedTAsOriginYoyPct(), e.diversion(), e.diversionFrom()));
    }
    return spark.createDataFrame(rows, SCHEMA);
  }
}
