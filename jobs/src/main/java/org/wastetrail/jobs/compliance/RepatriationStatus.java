package org.wastetrail.jobs.compliance;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;
import static org.wastetrail.jobs.compliance.ComplianceColumns.AS_OF;
import static org.wastetrail.jobs.compliance.ComplianceColumns.DAYS_PENDING;
import static org.wastetrail.jobs.compliance.ComplianceColumns.DAYS_TO_OUTCOME;
import static org.wastetrail.jobs.compliance.ComplianceColumns.DESTINATION_COUNTRY;
import static org.wastetrail.jobs.compliance.ComplianceColumns.DIMENSION;
import static org.wastetrail.jobs.compliance.ComplianceColumns.DISPOSED;
import static org.wastetrail.jobs.compliance.ComplianceColumns.KEY;
import static org.wastetrail.jobs.compliance.ComplianceColumns.MEDIAN_DAYS_TO_OUTCOME;
import static org.wastetrail.jobs.compliance.ComplianceColumns.MEDIAN_DAYS_TO_REPATRIATION;
import static org.wastetrail.jobs.compliance.ComplianceColumns.OLDEST_OPEN_DAYS;
import static org.wastetrail.jobs.compliance.ComplianceColumns.OPEN;
import static org.wastetrail.jobs.compliance.ComplianceColumns.OUTCOME;
import static org.wastetrail.jobs.compliance.ComplianceColumns.OUTCOME_DATE;
import static org.wastetrail.jobs.compliance.ComplianceColumns.OVERDUE;
import static org.wastetrail.jobs.compliance.ComplianceColumns.OVERDUE_AFTER_DAYS;
import static org.wastetrail.jobs.compliance.ComplianceColumns.PORT;
import static org.wastetrail.jobs.compliance.ComplianceColumns.PROSECUTED;
import static org.wastetrail.jobs.compliance.ComplianceColumns.QUANTITY_KG;
import static org.wastetrail.jobs.compliance.ComplianceColumns.RELEASED;
import static org.wastetrail.jobs.compliance.ComplianceColumns.REPATRIATED;
import static org.wastetrail.jobs.compliance.ComplianceColumns.SEIZURES;
import static org.wastetrail.jobs.compliance.ComplianceColumns.SEIZURE_DATE;
import static org.wastetrail.jobs.compliance.ComplianceColumns.STATUS;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.wastetrail.jobs.aggregate.SeizureSizes;

/**
 * {@code repatriation_status} and {@code repatriation_summary}: where each seizure's case stands on the as-of date
 * (closed, pending, or pending longer than the overdue threshold), and the counts and exact median durations of the
 * cases overall, by port and by destination country.
 */
public final class RepatriationStatus {
  /** The default of {@code --overdue-days}: a case should have an outcome within 90 days. */
  public static final int DEFAULT_OVERDUE_DAYS = 90;
  public static final String STATUS_CLOSED = "CLOSED";
  public static final String STATUS_PENDING = "PENDING";
  public static final String STATUS_OVERDUE = "OVERDUE";
  public static final String DIMENSION_ALL = "ALL";
  public static final String DIMENSION_PORT = "PORT";
  public static final String DIMENSION_DESTINATION_COUNTRY = "DESTINATION_COUNTRY";
  private static final String OUTCOME_PENDING = "PENDING";
  private static final String OUTCOME_REPATRIATED = "REPATRIATED";
  private static final String OUTCOME_DISPOSED = "DISPOSED";
  private static final String OUTCOME_RELEASED = "RELEASED";
  private static final String OUTCOME_PROSECUTED = "PROSECUTED";

  /** The columns of {@link #summary}. */
  public static final StructType SUMMARY = DataTypes.createStructType(new StructField[] {
      field(DIMENSION, DataTypes.StringType), field(KEY, DataTypes.StringType), field(SEIZURES, DataTypes.LongType),
      field(OPEN, DataTypes.LongType), field(OVERDUE, DataTypes.LongType), field(REPATRIATED, DataTypes.LongType),
      field(DISPOSED, DataTypes.LongType), field(RELEASED, DataTypes.LongType), field(PROSECUTED, DataTypes.LongType),
      field(MEDIAN_DAYS_TO_OUTCOME, DataTypes.DoubleType), field(MEDIAN_DAYS_TO_REPATRIATION, DataTypes.DoubleType),
      field(OLDEST_OPEN_DAYS, DataTypes.IntegerType), field(AS_OF, DataTypes.DateType),
      field(OVERDUE_AFTER_DAYS, DataTypes.IntegerType)});

  private RepatriationStatus() {}

  /**
   * One row per seizure dated on or before {@code asOf}, in the columns of {@code repatriation_status}. A case is open
   * when its outcome is {@code PENDING} or was reached after {@code asOf}: on that date it was not known yet.
   */
  public static Dataset<Row> status(Dataset<Row> seizures, LocalDate asOf, int overdueDays) {
    Objects.requireNonNull(asOf, "asOf");
    if (overdueDays < 0) {
      throw new IllegalArgumentException("overdue days must be 0 or more, got " + overdueDays);
    }
    Column asOfDate = lit(Date.valueOf(asOf));
    Column open = col(OUTCOME).equalTo(OUTCOME_PENDING).or(coalesce(col(OUTCOME_DATE).gt(asOfDate), lit(false)));
    Column daysPending = datediff(asOfDate, col(SEIZURE_DATE));
    return seizures
        .filter(col(SEIZURE_DATE).leq(asOfDate))
        .withColumn(QUANTITY_KG, col(QUANTITY_KG).cast(ComplianceColumns.KG))
        .withColumn(STATUS, when(open.and(daysPending.gt(overdueDays)), STATUS_OVERDUE)
            .when(open, STATUS_PENDING).otherwise(STATUS_CLOSED))
        .withColumn(DAYS_TO_OUTCOME, when(not(open), datediff(col(OUTCOME_DATE), col(SEIZURE_DATE))))
        .withColumn(DAYS_PENDING, when(open, daysPending))
        .withColumn(AS_OF, asOfDate)
        .withColumn(OVERDUE_AFTER_DAYS, lit(overdueDays))
        .select(ComplianceColumns.select(ComplianceColumns.REPATRIATION_STATUS));
  }

  /**
   * One row per dimension and key ({@code ALL}, each port, each destination country) of the collected rows of a
   * {@link #status} table, in the columns of {@code repatriation_summary} ({@link #SUMMARY}) and in no particular order.
   * Medians are exact (the mean of the two middle values of an even count), as everywhere in the project, and Spark's
   * ({@link #median}). Seizures are tens of thousands a year: counted on the driver, where the status rows are
   * collected anyway to be written.
   */
  public static List<Row> summary(List<Row> status) {
    Map<List<String>, Counts> groups = new LinkedHashMap<>();
    if (status.isEmpty()) {
      return List.of();
    }
    StructType schema = status.get(0).schema();
    int port = schema.fieldIndex(PORT);
    int destination = schema.fieldIndex(DESTINATION_COUNTRY);
    for (Row row : status) {
      Case c = new Case(row.getString(schema.fieldIndex(STATUS)), row.getString(schema.fieldIndex(OUTCOME)),
          (Integer) row.get(schema.fieldIndex(DAYS_TO_OUTCOME)), (Integer) row.get(schema.fieldIndex(DAYS_PENDING)));
      groups.computeIfAbsent(List.of(DIMENSION_ALL, DIMENSION_ALL), k -> new Counts()).add(c);
      groups.computeIfAbsent(Arrays.asList(DIMENSION_PORT, row.getString(port)), k -> new Counts()).add(c);
      groups.computeIfAbsent(Arrays.asList(DIMENSION_DESTINATION_COUNTRY, row.getString(destination)),
          k -> new Counts()).add(c);
    }
    // as_of and overdue_after_days are the same in every row of a status table.
    Row first = status.get(0);
    Object asOf = first.get(schema.fieldIndex(AS_OF));
    Object overdueAfter = first.get(schema.fieldIndex(OVERDUE_AFTER_DAYS));
    List<Row> rows = new ArrayList<>(groups.size());
    groups.forEach((key, n) -> rows.add(RowFactory.create(key.get(0), key.get(1), n.seizures, n.open, n.overdue,
        n.repatriated, n.disposed, n.released, n.prosecuted, median(n.daysToOutcome), median(n.daysToRepatriation),
        n.oldestOpen, asOf, overdueAfter)));
    return rows;
  }

  /** A seizure's case as the summary reads it. */
  private record Case(String status, String outcome, Integer daysToOutcome, Integer daysPending) {}

  /** The counts, durations and oldest open case of one dimension key. */
  private static final class Counts {
    long seizures;
    long open;
    long overdue;
    long repatriated;
    long disposed;
    long released;
    long prosecuted;
    final List<Integer> daysToOutcome = new ArrayList<>();
    final List<Integer> daysToRepatriation = new ArrayList<>();
    Integer oldestOpen;

    void add(Case c) {
      seizures++;
      boolean closed = STATUS_CLOSED.equals(c.status());
      if (!closed) {
        open++;
      }
      if (STATUS_OVERDUE.equals(c.status())) {
        overdue++;
      }
      if (closed) {
        switch (String.valueOf(c.outcome())) {
          case OUTCOME_REPATRIATED -> {
            repatriated++;
            if (c.daysToOutcome() != null) {
              daysToRepatriation.add(c.daysToOutcome());
            }
          }
          case OUTCOME_DISPOSED -> disposed++;
          case OUTCOME_RELEASED -> released++;
          case OUTCOME_PROSECUTED -> prosecuted++;
          default -> { }
        }
      }
      if (c.daysToOutcome() != null) {
        daysToOutcome.add(c.daysToOutcome());
      }
      if (c.daysPending() != null && (oldestOpen == null || c.daysPending() > oldestOpen)) {
        oldestOpen = c.daysPending();
      }
    }
  }

  /** Spark's {@code median} of whole days: the middle value, or the two middle ones weighted half and half. */
  static Double median(List<Integer> days) {
    return days.isEmpty() ? null
        : SeizureSizes.percentile(days.stream().mapToDouble(Integer::doubleValue).sorted().toArray(), 0.5);
  }

  private static StructField field(String name, org.apache.spark.sql.types.DataType type) {
    return DataTypes.createStructField(name, type, true);
  }
}
