package org.wastetrail.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_from_unix_date;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.year;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Column names and Spark schemas of ingest: the parsed rows (contract columns plus where each row came from and why it
 * was rejected) and the warehouse tables (contract columns, derived columns, lineage, partition columns).
 */
public final class IngestSchemas {
  /** Name of the input file a row came from. */
  public static final String FILE = "_file";
  /** Physical line a row starts on (header = line 1). */
  public static final String LINE = "_line";
  /** The row's original text, as read. */
  public static final String RAW = "_raw";
  /** Reason codes of a rejected row, separated by {@code ;}; null for an accepted row. */
  public static final String REASON_CODE = "_reason_code";
  /** Plain messages of a rejected row, separated by {@code ; }. */
  public static final String REASON_MESSAGE = "_reason_message";

  public static final String SOURCE_FILE = "source_file";
  public static final String SOURCE_LINE = "source_line";
  public static final String BATCH_ID = "batch_id";
  public static final String YEAR = "year";
  public static final String MONTH = "month";
  public static final String WASTE_CATEGORY = "waste_category";
  public static final String WASTE_CATEGORY_DERIVED = "waste_category_derived";
  public static final String TRADE_KEY = "trade_key";

  private static final DataType DECIMAL =
      DataTypes.createDecimalType(FieldParser.DECIMAL_PRECISION, FieldParser.DECIMAL_SCALE);

  private IngestSchemas() {}

  /** Columns computed at ingest, after the kind's contract columns. */
  public static List<StructField> derivedColumns(RecordKind kind) {
    return switch (kind) {
      // Declarations are categorised through the HS to waste-category map (longest prefix wins).
      case DECLARATIONS -> List.of(DataTypes.createStructField(WASTE_CATEGORY, DataTypes.StringType, true));
      // True when a blank waste_category was filled from basel_code or hs_code.
      case SEIZURES -> List.of(DataTypes.createStructField(WASTE_CATEGORY_DERIVED, DataTypes.BooleanType, true));
      // The waste category of the HS prefix, and reporter_country|year|flow|hs_prefix: what identifies a figure.
      case TRADE_BASELINE -> List.of(DataTypes.createStructField(WASTE_CATEGORY, DataTypes.StringType, true),
          DataTypes.createStructField(TRADE_KEY, DataTypes.StringType, true));
      default -> List.of();
    };
  }

  /** Schema of the rows a file parses into: meta columns, the kind's columns (dates as epoch days), derived ones. */
  public static StructType parsed(RecordKind kind) {
    List<StructField> fields = new ArrayList<>();
    fields.add(DataTypes.createStructField(FILE, DataTypes.StringType, false));
    fields.add(DataTypes.createStructField(LINE, DataTypes.LongType, false));
    fields.add(DataTypes.createStructField(RAW, DataTypes.StringType, true));
    fields.add(DataTypes.createStructField(REASON_CODE, DataTypes.StringType, true));
    fields.add(DataTypes.createStructField(REASON_MESSAGE, DataTypes.StringType, true));
    for (ColumnSpec column : kind.columns()) {
      fields.add(DataTypes.createStructField(column.name(), parsedType(column.type()), true));
    }
    fields.addAll(derivedColumns(kind));
    return DataTypes.createStructType(fields);
  }

  /** Schema of a warehouse table: the kind's columns typed, derived columns, lineage, then year and month if dated. */
  public static StructType warehouse(RecordKind kind) {
    List<StructField> fields = new ArrayList<>();
    for (ColumnSpec column : kind.columns()) {
      DataType type = column.type() == FieldType.DATE ? DataTypes.DateType : parsedType(column.type());
      fields.add(DataTypes.createStructField(column.name(), type, true));
    }
    fields.addAll(derivedColumns(kind));
    fields.add(DataTypes.createStructField(SOURCE_FILE, DataTypes.StringType, true));
    fields.add(DataTypes.createStructField(SOURCE_LINE, DataTypes.LongType, true));
    fields.add(DataTypes.createStructField(BATCH_ID, DataTypes.StringType, true));
    if (kind.isDated()) {
      fields.add(DataTypes.createStructField(YEAR, DataTypes.IntegerType, true));
      fields.add(DataTypes.createStructField(MONTH, DataTypes.IntegerType, true));
    }
    return DataTypes.createStructType(fields);
  }

  public static int metaColumnCount() {
    return 5;
  }

  /** The select list that turns accepted parsed rows into warehouse rows. */
  public static List<Column> warehouseColumns(RecordKind kind, String batchId) {
    List<Column> columns = new ArrayList<>();
    for (ColumnSpec column : kind.columns()) {
      Column value = col(column.name());
      columns.add(column.type() == FieldType.DATE ? date_from_unix_date(value).as(column.name()) : value);
    }
    for (StructField derived : derivedColumns(kind)) {
      columns.add(col(derived.name()));
    }
    columns.add(col(FILE).as(SOURCE_FILE));
    columns.add(col(LINE).as(SOURCE_LINE));
    columns.add(lit(batchId).as(BATCH_ID));
    if (kind.isDated()) {
      Column date = date_from_unix_date(col(kind.dateColumn()));
      columns.add(year(date).as(YEAR));
      columns.add(month(date).as(MONTH));
    }
    return columns;
  }

  private static DataType parsedType(FieldType type) {
    return switch (type) {
      case DATE, INTEGER_POSITIVE, YEAR -> DataTypes.IntegerType;
      case INTEGER_NON_NEGATIVE -> DataTypes.LongType;
      case DECIMAL_POSITIVE, DECIMAL_NON_NEGATIVE -> DECIMAL;
      default -> DataTypes.StringType;
    };
  }
}
