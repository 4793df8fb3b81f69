package org.wastetrail.jobs.compliance;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.inline;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.median;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
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
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

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
   * One row per dimension and key ({@code ALL}, each port, each destination country) of a {@link #status} table, in
   * the columns of {@code repatriation_summary}. Medians are exact (the mean of the two middle values of an even
   * count), as everywhere in the project.
   */
  public static Dataset<Row> summary(Dataset<Row> status) {
    Column keys = array(
        struct(lit(DIMENSION_ALL).as(DIMENSION), lit(DIMENSION_ALL).as(KEY)),
        struct(lit(DIMENSION_PORT).as(DIMENSION), col(PORT).as(KEY)),
        struct(lit(DIMENSION_DESTINATION_COUNTRY).as(DIMENSION), col(DESTINATION_COUNTRY).as(KEY)));
    Column closed = col(STATUS).equalTo(STATUS_CLOSED);
    Column repatriated = closed.and(col(OUTCOME).equalTo(OUTCOME_REPATRIATED));
    return status.select(col("*"), inline(keys))
        // as_of and overdue_after_days are the same in every row: grouping by them only carries them along.
        .groupBy(col(DIMENSION), col(KEY), col(AS_OF), col(OVERDUE_AFTER_DAYS))
        .agg(count(lit(1)).as(SEIZURES),
            count_if(not(closed)).as(OPEN),
            count_if(col(STATUS).equalTo(STATUS_OVERDUE)).as(OVERDUE),
            count_if(repatriated).as(REPATRIATED),
            count_if(closed.and(col(OUTCOME).equalTo(OUTCOME_DISPOSED))).as(DISPOSED),
            count_if(closed.and(col(OUTCOME).equalTo(OUTCOME_RELEASED))).as(RELEASED),
            count_if(closed.and(col(OUTCOME).equalTo(OUTCOME_PROSECUTED))).as(PROSECUTED),
            median(col(DAYS_TO_OUTCOME)).as(MEDIAN_DAYS_TO_OUTCOME),
            median(when(repatriated, col(DAYS_TO_OUTCOME))).as(MEDIAN_DAYS_TO_REPATRIATION),
            max(col(DAYS_PENDING)).as(OLDEST_OPEN_DAYS))
        .select(ComplianceColumns.select(ComplianceColumns.REPATRIATION_SUMMARY));
  }
}
