package org.wastetrail.jobs.compliance;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.wastetrail.jobs.ingest.RecordKind;
import org.wastetrail.jobs.io.DataTableWriter;
import org.wastetrail.jobs.io.HadoopFiles;
import org.wastetrail.jobs.testing.SharedSpark;
import org.wastetrail.jobs.testing.WarehouseRows;

/**
 * repatriation_status and repatriation_summary as of 2024-06-30 with the default 90 days, as written to CSV.
 *
 * <p>2024-06-30 − 90 days = 2024-04-01 (30 + 31 + 29 days back through June, May, April), so S2 seized that day is 90
 * days pending and not overdue, S3 a day earlier is 91 days and overdue. S5 was repatriated on 2024-07-15, after the
 * as-of date: still open then. S6, seized 2024-07-01, is after it and absent. S10 was seized and released on the as-of
 * date itself (0 days).
 */
@ExtendWith(SharedSpark.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RepatriationStatusTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
  @TempDir static Path out;
  private Dataset<Row> seizures;
  private DataTableWriter writer;

  @BeforeAll
  void warehouse(SparkSession spark) {
    seizures = WarehouseRows.table(spark, RecordKind.SEIZURES, List.of(
        seizure("S1", "2024-06-01", "NGAPP", "NG", "PENDING", null),
        seizure("S2", "2024-04-01", "NGAPP", "NG", "PENDING", null),
        seizure("S3", "2024-03-31", "KEMBA", "KE", "PENDING", null),
        seizure("S4", "2024-01-10", "NGAPP", "NG", "REPATRIATED", "2024-02-19"),
        seizure("S5", "2024-05-01", "KEMBA", "KE", "REPATRIATED", "2024-07-15"),
        seizure("S6", "2024-07-01", "NGAPP", "NG", "PENDING", null),
        seizure("S7", "2024-02-01", "KEMBA", "NG", "DISPOSED", "2024-03-02"),
        seizure("S8", "2024-03-01", "NGAPP", "GH", "REPATRIATED", "2024-03-26"),
        seizure("S9", "2024-06-20", "KEMBA", "NG", "PROSECUTED", "2024-06-30"),
        seizure("S10", "2024-06-30", "NGAPP", "GH", "RELEASED", "2024-06-30")));
    writer = new DataTableWriter(new HadoopFiles(spark.sparkContext().hadoopConfiguration()),
        new org.apache.hadoop.fs.Path(out.toUri()));
  }

  @Test
  @DisplayName("status: closed cases with days to outcome, open ones with days pending, overdue only past 90 days,"
      + " an outcome after the as-of date still open, a seizure after it absent")
  void status() throws IOException {
    writer.write("repatriation_status", RepatriationStatus.status(seizures, AS_OF, 90),
        ComplianceColumns.SEIZURE_DATE, ComplianceColumns.SEIZURE_ID);
    String tail = ",2024-06-30,90";
    assertEquals(List.of(String.join(",", ComplianceColumns.REPATRIATION_STATUS),
        // 2024-01-10 to 2024-02-19: 21 + 19 = 40 days.
        "S4,2024-01-10,NG,NGAPP,GB,NG,E_WASTE,1500.25,,REPATRIATED,2024-02-19,CLOSED,40," + tail,
        // 2024-02-01 to 2024-03-02 in a leap year: 29 + 1 = 30 days.
        "S7,2024-02-01,KE,KEMBA,GB,NG,E_WASTE,1500.25,,DISPOSED,2024-03-02,CLOSED,30," + tail,
        "S8,2024-03-01,NG,NGAPP,GB,GH,E_WASTE,1500.25,,REPATRIATED,2024-03-26,CLOSED,25," + tail,
        "S3,2024-03-31,KE,KEMBA,GB,KE,E_WASTE,1500.25,,PENDING,,OVERDUE,,91" + tail,
        "S2,2024-04-01,NG,NGAPP,GB,NG,E_WASTE,1500.25,,PENDING,,PENDING,,90" + tail,
        // 2024-05-01 to 2024-06-30: 31 + 29 = 60 days; the outcome as recorded.
        "S5,2024-05-01,KE,KEMBA,GB,KE,E_WASTE,1500.25,,REPATRIATED,2024-07-15,PENDING,,60" + tail,
        "S1,2024-06-01,NG,NGAPP,GB,NG,E_WASTE,1500.25,,PENDING,,PENDING,,29" + tail,
        "S9,2024-06-20,KE,KEMBA,GB,NG,E_WASTE,1500.25,,PROSECUTED,2024-06-30,CLOSED,10," + tail,
        "S10,2024-06-30,NG,NGAPP,GB,GH,E_WASTE,1500.25,,RELEASED,2024-06-30,CLOSED,0," + tail),
        lines("repatriation_status"));
  }

  @Test
  @DisplayName("summary: counts by outcome and state, exact medians (the mean of the middle two for an even count),"
      + " the oldest open case, overall, by port and by destination country")
  void summary() throws IOException {
    writer.writeRows("repatriation_summary", RepatriationStatus.SUMMARY,
        RepatriationStatus.summary(RepatriationStatus.status(seizures, AS_OF, 90).collectAsList()),
        ComplianceColumns.DIMENSION, ComplianceColumns.KEY);
    String tail = ",2024-06-30,90";
    assertEquals(List.of(String.join(",", ComplianceColumns.REPATRIATION_SUMMARY),
        // 9 seizures; open S1, S2, S3, S5 (oldest 91); closed days 0, 10, 25, 30, 40 → 25; repatriated 25, 40 → 32.5.
        "ALL,ALL,9,4,1,2,1,1,1,25,32.5,91" + tail,
        // S8 (25) and S10 (0): median 12.5.
        "DESTINATION_COUNTRY,GH,2,0,0,1,0,1,0,12.5,25," + tail,
        "DESTINATION_COUNTRY,KE,2,2,1,0,0,0,0,,,91" + tail,
        // S1, S2 open; S4 40, S7 30, S9 10 closed → 30; repatriated S4 → 40.
        "DESTINATION_COUNTRY,NG,5,2,0,1,1,0,1,30,40,90" + tail,
        // S3, S5 open; S7 30, S9 10 → 20; no repatriation closed by the as-of date.
        "PORT,KEMBA,4,2,1,0,1,0,1,20,,91" + tail,
        // S1, S2 open; S4 40, S8 25, S10 0 → 25; repatriated 40, 25 → 32.5.
        "PORT,NGAPP,5,2,0,2,0,1,0,25,32.5,90" + tail),
        lines("repatriation_summary"));
  }

  @Test
  @DisplayName("the overdue threshold is a parameter: at 89 days the 90-day case is overdue too")
  void threshold() {
    List<Row> overdue = RepatriationStatus.status(seizures, AS_OF, 89)
        .filter(col(ComplianceColumns.STATUS).equalTo(RepatriationStatus.STATUS_OVERDUE))
        .select(ComplianceColumns.SEIZURE_ID).orderBy(ComplianceColumns.SEIZURE_ID).collectAsList();
    assertEquals(List.of("S2", "S3"), overdue.stream().map(r -> r.getString(0)).toList());
  }

  private List<String> lines(String table) throws IOException {
    return Files.readAllLines(out.resolve(table + ".csv"));
  }

  private static Row seizure(String id, String date, String port, String destination, String outcome,
      String outcomeDate) {
    Map<String, Object> values = new HashMap<>(Map.of("seizure_id", id, "seizure_date", date,
        "reporting_country", port.substring(0, 2), "port", port, "direction", "IMPORT", "origin_country", "GB",
        "destination_country", destination, "conveyance", "SEA", "waste_category", "E_WASTE"));
    values.put("quantity_kg", "1500.25");
    values.put("detection_method", "RISK_PROFILING");
    values.put("outcome", outcome);
    values.put("outcome_date", outcomeDate);
    return WarehouseRows.row(RecordKind.SEIZURES, values);
  }
}
