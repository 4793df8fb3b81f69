package org.wastetrail.jobs.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wastetrail.jobs.ingest.BatchLog;
import org.wastetrail.jobs.testing.SharedSpark;
import scala.jdk.javaapi.CollectionConverters;

@ExtendWith(SharedSpark.class)
class DataQualityTest {

  private static Row logRow(String file, String at, long read, long accepted, long quarantined,
      Map<String, Long> reasons) {
    return RowFactory.create("b1", at, file, "declarations", "ab12", 2048L, read, accepted, quarantined, 1L,
        CollectionConverters.asScala(reasons), CollectionConverters.asScala(List.<String>of()).toSeq(), "0.1.0", 1_709_287_200_000L);
  }

  @Test
  @DisplayName("the table made on the driver is the one Spark makes: reasons by code, conservation checked")
  void driverRowsAreSparksRows(SparkSession spark) {
    Map<String, Long> reasons = new LinkedHashMap<>();
    reasons.put("INVALID_DATE", 2L);
    reasons.put("DUPLICATE_ID", 1L);
    reasons.put("MISSING_FIELD", 12L);
    Dataset<Row> log = spark.createDataFrame(List.of(
        logRow("declarations-2024-02.csv", "2024-03-01T10:00:00Z", 100, 85, 15, reasons),
        logRow("declarations-2024-01.csv", "2024-03-01T10:00:00Z", 50, 50, 0, Map.of()),
        logRow("seizures-2024-01.csv", "2024-02-01T09:00:00Z", 7, 5, 1, Map.of("UNKNOWN_PORT", 1L))),
        BatchLog.SCHEMA);
    List<Row> ordered = log.orderBy(BatchLog.INGESTED_AT, BatchLog.SOURCE_FILE).collectAsList();

    List<Row> driver = DataQuality.rows(ordered);

    assertEquals(DataQuality.fromBatchLog(log).orderBy(BatchLog.INGESTED_AT, BatchLog.SOURCE_FILE).collectAsList(),
        driver);
    assertEquals(List.of("seizures-2024-01.csv UNKNOWN_PORT=1 false", "declarations-2024-01.csv  true",
            "declarations-2024-02.csv DUPLICATE_ID=1;INVALID_DATE=2;MISSING_FIELD=12 true"),
        driver.stream().map(r -> r.get(0) + " " + r.get(10) + " " + r.get(11)).toList());
  }
}
