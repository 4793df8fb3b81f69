package org.wastetrail.jobs.aggregate;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * Declarations and seizures as one stream of facts: the dimensions reports group by, and the contract's measures as
 * numbers to add up (a declaration contributes 0 to the seizure measures and back). A seizure is one fact with its id,
 * quantity and pieces, since medians, fences and the largest seizures need each one. Declarations are only ever
 * added up, so they arrive already summed per day and dimension key, one fact for many declarations, with no id:
 * every consumer adds the measures, so this changes no figure, and it makes the facts several times smaller than the
 * declarations (1M declarations over three years: about 290,000 facts), and the smaller with more declarations.
 */
public final class Facts {
  public static final String RECORD_DATE = "record_date";
  /** seizure_id; null for declarations, which arrive summed. */
  public static final String RECORD_ID = "record_id";
  public static final String PORT = "port";
  public static final String REPORTING_COUNTRY = "reporting_country";
  public static final String ORIGIN = "origin_country";
  public static final String DESTINATION = "destination_country";
  public static final String TRANSIT = "transit_countries";
  public static final String WASTE_CATEGORY = "waste_category";
  /** Quantity of a seizure that has one; null otherwise. Feeds medians and the largest seizures. */
  public static final String SEIZURE_KG = "seizure_kg";
  /** Pieces of a seizure as given; null when blank and for declarations. */
  public static final String SEIZURE_PIECES = "seizure_pieces";

  public static final String SEIZURES = "seizures";
  public static final String SEIZED_KG = "seized_kg";
  public static final String SEIZED_PIECES = "seized_pieces";
  public static final String DECLARATIONS = "declarations";
  public static final String DECLARED_KG = "declared_kg";
  public static final String INSPECTIONS = "inspections";
  public static final String VIOLATIONS = "violations";

  /** The additive measures, in the contract's order. */
  public static final String[] ADDITIVE_MEASURES =
      {SEIZURES, SEIZED_KG, SEIZED_PIECES, DECLARATIONS, DECLARED_KG, INSPECTIONS, VIOLATIONS};

  public static final org.apache.spark.sql.types.DataType KG = DataTypes.createDecimalType(22, 6);

  private Facts() {}

  /** The facts of the two record tables (as the warehouse stores them). */
  public static Dataset<Row> of(Dataset<Row> declarations, Dataset<Row> seizures) {
    return ofSummed(summed(declarations), seizures);
  }

  /**
   * The declarations summed per day and dimension key: {@link #RECORD_DATE}, the dimension columns, then
   * {@link #DECLARATIONS}, {@link #DECLARED_KG}, {@link #INSPECTIONS}, {@link #VIOLATIONS}. Sums of sums, so the
   * warehouse can keep them month by month and the facts be made from any selection of days.
   */
  public static Dataset<Row> summed(Dataset<Row> declarations) {
    Column inspected = col("inspection_result").isin("COMPLIANT", "VIOLATION");
    return declarations
        .groupBy(col("declaration_date").as(RECORD_DATE), col("port"), col("reporting_country"),
            col("origin_country"), col("destination_country"),
            coalesce(col("transit_countries"), lit("")).as(TRANSIT), col("waste_category"))
        .agg(count(lit(1)).as(DECLARATIONS), sum(col("gross_kg").cast(KG)).cast(KG).as(DECLARED_KG),
            sum(when(inspected, 1L).otherwise(0L)).as(INSPECTIONS),
            sum(when(col("inspection_result").equalTo("VIOLATION"), 1L).otherwise(0L)).as(VIOLATIONS));
  }

  /** The facts of declarations already {@link #summed} (any extra columns ignored) and of the seizures. */
  public static Dataset<Row> ofSummed(Dataset<Row> summedDeclarations, Dataset<Row> seizures) {
    Dataset<Row> fromDeclarations = summedDeclarations
        .select(col(RECORD_DATE), lit(null).cast(DataTypes.StringType).as(RECORD_ID), col("port"),
            col("reporting_country"), col("origin_country"), col("destination_country"), col(TRANSIT),
            col("waste_category"), lit(null).cast(KG).as(SEIZURE_KG),
            lit(null).cast(DataTypes.LongType).as(SEIZURE_PIECES), lit(0L).as(SEIZURES), lit(0).cast(KG).as(SEIZED_KG),
            lit(0L).as(SEIZED_PIECES), col(DECLARATIONS), col(DECLARED_KG), col(INSPECTIONS), col(VIOLATIONS));
    Dataset<Row> fromSeizures = seizures.select(
        col("seizure_date").as(RECORD_DATE), col("seizure_id").as(RECORD_ID), col("port"), col("reporting_country"),
        col("origin_country"), col("destination_country"),
        coalesce(col("transit_countries"), lit("")).as(TRANSIT), col("waste_category"),
        col("quantity_kg").cast(KG).as(SEIZURE_KG), col("pieces").as(SEIZURE_PIECES),
        lit(1L).as(SEIZURES), coalesce(col("quantity_kg"), lit(0)).cast(KG).as(SEIZED_KG),
        coalesce(col("pieces"), lit(0L)).as(SEIZED_PIECES),
        lit(0L).as(DECLARATIONS), lit(0).cast(KG).as(DECLARED_KG), lit(0L).as(INSPECTIONS), lit(0L).as(VIOLATIONS));
    return fromDeclarations.unionByName(fromSeizures);
  }
}
