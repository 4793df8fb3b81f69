package org.wastetrail.jobs.ingest;

import static org.wastetrail.jobs.ingest.ColumnSpec.optional;
import static org.wastetrail.jobs.ingest.ColumnSpec.optionalEnum;
import static org.wastetrail.jobs.ingest.ColumnSpec.optionalText;
import static org.wastetrail.jobs.ingest.ColumnSpec.required;
import static org.wastetrail.jobs.ingest.ColumnSpec.requiredEnum;
import static org.wastetrail.jobs.ingest.ColumnSpec.requiredText;

import java.util.List;
import java.util.Locale;

/** The kinds of input file, their columns as the data contract lists them, and their warehouse table. */
public enum RecordKind {
  DECLARATIONS("declarations", "declaration_id", "declaration_date", List.of(
      requiredText("declaration_id", 64),
      required("declaration_date", FieldType.DATE),
      required("reporting_country", FieldType.COUNTRY),
      required("port", FieldType.KNOWN_PORT),
      requiredEnum("direction", Vocabulary.DIRECTIONS),
      required("origin_country", FieldType.COUNTRY),
      required("destination_country", FieldType.COUNTRY),
      optional("transit_countries", FieldType.COUNTRY_LIST),
      required("hs_code", FieldType.HS6),
      optionalText("goods_description", 500),
      required("gross_kg", FieldType.DECIMAL_POSITIVE),
      optional("value_usd", FieldType.DECIMAL_NON_NEGATIVE),
      requiredText("trader_id", 64),
      optionalText("licence_id", 0),
      requiredEnum("control_type", Vocabulary.CONTROL_TYPES),
      requiredEnum("inspection_result", Vocabulary.INSPECTION_RESULTS))),

  SEIZURES("seizures", "seizure_id", "seizure_date", List.of(
      requiredText("seizure_id", 64),
      required("seizure_date", FieldType.DATE),
      required("reporting_country", FieldType.COUNTRY),
      required("port", FieldType.LOCODE),
      requiredEnum("direction", Vocabulary.DIRECTIONS),
      required("origin_country", FieldType.COUNTRY),
      optional("transit_countries", FieldType.COUNTRY_LIST),
      required("destination_country", FieldType.COUNTRY),
      requiredEnum("conveyance", Vocabulary.CONVEYANCES),
      optional("hs_code", FieldType.HS6),
      optional("basel_code", FieldType.BASEL_CODE),
      // Required, but may be derived from basel_code or hs_code: SeizureRules checks that.
      optionalEnum("waste_category", Vocabulary.WASTE_CATEGORIES),
      optional("quantity_kg", FieldType.DECIMAL_NON_NEGATIVE),
      optional("pieces", FieldType.INTEGER_NON_NEGATIVE),
      requiredEnum("detection_method", Vocabulary.DETECTION_METHODS),
      optionalText("misdeclared_as", 0),
      requiredEnum("outcome", Vocabulary.OUTCOMES),
      optional("outcome_date", FieldType.DATE),
      optionalText("operation", 0),
      optionalText("declaration_id", 0),
      optionalText("notes", 2000))),

  LICENCES("licences", "licence_id", null, List.of(
      requiredText("licence_id", 0),
      requiredText("trader_id", 0),
      required("hs_prefix", FieldType.HS_PREFIX),
      required("quota_kg", FieldType.DECIMAL_POSITIVE),
      required("valid_from", FieldType.DATE),
      required("valid_to", FieldType.DATE),
      optional("port", FieldType.LOCODE))),

  CAMPAIGNS("campaigns", "campaign_id", null, List.of(
      required("campaign_id", FieldType.CAMPAIGN_ID),
      requiredText("name", 0),
      required("start_date", FieldType.DATE),
      required("end_date", FieldType.DATE),
      required("scope_ports", FieldType.LOCODE_LIST_OR_ALL),
      required("participating_admins", FieldType.INTEGER_POSITIVE),
      optionalText("description", 0))),

  /**
   * Legal trade as customs statistics (UN Comtrade and the like) report it: one reporter's imports or exports of an HS
   * heading in a year. No id column: a row is identified by reporter, year, flow and HS prefix (the derived
   * {@code trade_key}). Blank tonnes are a gap in the statistics, kept as missing.
   */
  TRADE_BASELINE("trade_baseline", "trade_key", null, List.of(
      required("reporter_country", FieldType.COUNTRY),
      required("year", FieldType.YEAR),
      requiredEnum("flow", Vocabulary.TRADE_FLOWS),
      required("hs_prefix", FieldType.HS_PREFIX),
      optional("tonnes", FieldType.DECIMAL_NON_NEGATIVE),
      optionalText("source", 200)));

  private final String table;
  private final String idColumn;
  private final String dateColumn;
  private final List<ColumnSpec> columns;

  RecordKind(String table, String idColumn, String dateColumn, List<ColumnSpec> columns) {
    this.table = table;
    this.idColumn = idColumn;
    this.dateColumn = dateColumn;
    this.columns = columns;
  }

  /** The warehouse table name, which is also the input file name prefix. */
  public String table() {
    return table;
  }

  public String idColumn() {
    return idColumn;
  }

  /** The date that places a record in a year/month partition, or {@code null} for undated kinds. */
  public String dateColumn() {
    return dateColumn;
  }

  public boolean isDated() {
    return dateColumn != null;
  }

  public List<ColumnSpec> columns() {
    return columns;
  }

  public int columnIndex(String name) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException(name + " is not a column of " + table);
  }

  /** The kind of an input file by its name prefix ({@code seizures*.csv}), or {@code null} if none. */
  public static RecordKind ofFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (!lower.endsWith(".csv")) {
      return null;
    }
    for (RecordKind kind : values()) {
      if (lower.startsWith(kind.table)) {
        return kind;
      }
    }
    return null;
  }
}
