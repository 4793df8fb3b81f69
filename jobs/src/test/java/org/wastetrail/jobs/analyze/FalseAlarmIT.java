package org.wastetrail.jobs.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.wastetrail.jobs.aggregate.Facts;
import org.wastetrail.jobs.aggregate.PeriodAggregates;
import org.wastetrail.jobs.generate.GeneratorOptions;
import org.wastetrail.jobs.generate.SampleDataGenerator;
import org.wastetrail.jobs.ingest.IngestConfig;
import org.wastetrail.jobs.ingest.IngestJob;
import org.wastetrail.jobs.ingest.RecordKind;
import org.wastetrail.jobs.ingest.WarehouseTables;
import org.wastetrail.jobs.io.HadoopFiles;
import org.wastetrail.jobs.io.Warehouse;
import org.wastetrail.jobs.testing.SharedSpark;
import org.wastetrail.jobs.trends.EmergingRoutes;
import org.wastetrail.jobs.trends.SpikeDetection;
import org.wastetrail.jobs.trends.SpikeDetector;

/**
 * The false-alarm rate of the spike test on data with no planted signal: generated with {@code --no-signals}, larger
 * than the sample so that ports and routes have counts worth judging. The measured rate is stated in docs/analytics.md.
 */
@ExtendWith(SharedSpark.class)
class FalseAlarmIT {
  /** The documented bound: at most one false alarm per hundred judged key-months. */
  private static final double MAX_FALSE_ALARM_RATE = 0.01;

  @TempDir Path tmp;

  @Test
  @DisplayName("data without planted signals gives no emerging route and at most 1% false alarms")
  void falseAlarms(SparkSession spark) throws Exception {
    Path input = tmp.resolve("in");
    new SampleDataGenerator(new GeneratorOptions(input, 7L, 300_000, YearMonth.of(2022, 1), YearMonth.of(2024, 12),
        false)).run();
    String warehouse = tmp.resolve("warehouse").toString();
    new IngestJob(spark, new IngestConfig(input.toString(), warehouse, tmp.resolve("q").toString(), false, "test"))
        .run();
    Warehouse w = new Warehouse(new HadoopFiles(spark.sparkContext().hadoopConfiguration()), warehouse);
    Dataset<Row> aggregates = PeriodAggregates.compute(Facts.of(
        WarehouseTables.read(spark, w, RecordKind.DECLARATIONS), WarehouseTables.read(spark, w, RecordKind.SEIZURES)))
        .cache();
    LocalDate first = LocalDate.of(2022, 1, 1);
    Dataset<Row> judged = SpikeDetection.evaluate(aggregates, SpikeDetector.defaults(), first,
        LocalDate.of(2024, 12, 31)).cache();
    long evaluations = judged.count();
    long alarms = SpikeDetection.alerts(judged).count();
    double rate = (double) alarms / evaluations;
    System.out.printf("false alarms on no-signals data: %d of %d judged key-months (%.4f)%n", alarms, evaluations,
        rate);
    assertTrue(evaluations > 3000, "enough key-months judged: " + evaluations);
    assertTrue(rate <= MAX_FALSE_ALARM_RATE, "false-alarm rate " + rate);
    assertEquals(0, EmergingRoutes.find(aggregates, "QUARTER", 4, first).count(), "no emerging route");
  }
}
