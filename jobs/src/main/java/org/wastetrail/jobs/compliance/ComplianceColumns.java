package org.wastetrail.jobs.compliance;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * Column names of the compliance tables ({@code licence_breaches}, {@code licence_usage}, {@code repatriation_status},
 * {@code repatriation_summary}) and of the warehouse columns they read, with each table's columns in written order.
 */
public final class ComplianceColumns {
  /** kg are written as exact decimals of the warehouse's precision (as {@code Facts} does). */
  static final DataType KG = DataTypes.createDecimalType(22, 6);

  // Warehouse columns read (names as in RecordKind); several are also written under the same name.
  public static final String DECLARATION_ID = "declaration_id";
  public static final String DECLARATION_DATE = "declaration_date";
  public static final String REPORTING_COUNTRY = "reporting_country";
  public static final String PORT = "port";
  public static final String DIRECTION = "direction";
  public static final String TRADER_ID = "trader_id";
  public static final String HS_CODE = "hs_code";
  public static final String GROSS_KG = "gross_kg";
  public static final String LICENCE_ID = "licence_id";
  public static final String HS_PREFIX = "hs_prefix";
  public static final String QUOTA_KG = "quota_kg";
  public static final String VALID_FROM = "valid_from";
  public static final String VALID_TO = "valid_to";
  public static final String SEIZURE_ID = "seizure_id";
  public static final String SEIZURE_DATE = "seizure_date";
  public static final String ORIGIN_COUNTRY = "origin_country";
  public static final String DESTINATION_COUNTRY = "destination_country";
  public static final String WASTE_CATEGORY = "waste_category";
  public static final String QUANTITY_KG = "quantity_kg";
  public static final String PIECES = "pieces";
  public static final String OUTCOME = "outcome";
  public static final String OUTCOME_DATE = "outcome_date";

  // licence_breaches
  public static final String BREACH = "breach";
  public static final String LICENCE_TRADER_ID = "licence_trader_id";
  public static final String LICENCE_HS_PREFIX = "licence_hs_prefix";
  public static final String LICENCE_PORT = "licence_port";
  public static final String LICENCE_VALID_FROM = "licence_valid_from";
  public static final String LICENCE_VALID_TO = "licence_valid_to";
  public static final String CUMULATIVE_KG = "cumulative_kg";
  public static final String EXCESS_KG = "excess_kg";

  // licence_usage
  public static final String USES = "uses";
  public static final String USED_KG = "used_kg";
  public static final String USED_SHARE = "used_share";
  public static final String BREACHES = "breaches";

  // repatriation_status
  public static final String STATUS = "status";
  public static final String DAYS_TO_OUTCOME = "days_to_outcome";
  public static final String DAYS_PENDING = "days_pending";
  public static final String AS_OF = "as_of";
  public static final String OVERDUE_AFTER_DAYS = "overdue_after_days";

  // repatriation_summary
  public static final String DIMENSION = "dimension";
  public static final String KEY = "key";
  public static final String SEIZURES = "seizures";
  public static final String OPEN = "open";
  public static final String OVERDUE = "overdue";
  public static final String REPATRIATED = "repatriated";
  public static final String DISPOSED = "disposed";
  public static final String RELEASED = "released";
  public static final String PROSECUTED = "prosecuted";
  public static final String MEDIAN_DAYS_TO_OUTCOME = "median_days_to_outcome";
  public static final String MEDIAN_DAYS_TO_REPATRIATION = "median_days_to_repatriation";
  public static final String OLDEST_OPEN_DAYS = "oldest_open_days";

  public static final List<String> LICENCE_BREACHES = List.of(BREACH, DECLARATION_ID, DECLARATION_DATE,
      REPORTING_COUNTRY, PORT, TRADER_ID, HS_CODE, GROSS_KG, LICENCE_ID, LICENCE_TRADER_ID, LICENCE_HS_PREFIX,
      LICENCE_PORT, LICENCE_VALID_FROM, LICENCE_VALID_TO, QUOTA_KG, CUMULATIVE_KG, EXCESS_KG);
  public static final List<String> LICENCE_USAGE = List.of(LICENCE_ID, TRADER_ID, HS_PREFIX, PORT, VALID_FROM,
      VALID_TO, QUOTA_KG, USES, USED_KG, USED_SHARE, EXCESS_KG, BREACHES);
  public static final List<String> REPATRIATION_STATUS = List.of(SEIZURE_ID, SEIZURE_DATE, REPORTING_COUNTRY, PORT,
      ORIGIN_COUNTRY, DESTINATION_COUNTRY, WASTE_CATEGORY, QUANTITY_KG, PIECES, OUTCOME, OUTCOME_DATE, STATUS,
      DAYS_TO_OUTCOME, DAYS_PENDING, AS_OF, OVERDUE_AFTER_DAYS);
  public static final List<String> REPATRIATION_SUMMARY = List.of(DIMENSION, KEY, SEIZURES, OPEN, OVERDUE,
      REPATRIATED, DISPOSED, RELEASED, PROSECUTED, MEDIAN_DAYS_TO_OUTCOME, MEDIAN_DAYS_TO_REPATRIATION,
      OLDEST_OPEN_DAYS, AS_OF, OVERDUE_AFTER_DAYS);

  private ComplianceColumns() {}

  /** The select list of a table's columns, in order. */
  static Column[] select(List<String> table) {
    return table.stream().map(functions::col).toArray(Column[]::new);
  }
}
