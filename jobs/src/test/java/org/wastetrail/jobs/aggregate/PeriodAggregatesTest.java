package org.wastetrail.jobs.aggregate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wastetrail.jobs.testing.WarehouseRows.declaration;
import static org.wastetrail.jobs.testing.WarehouseRows.seizure;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wastetrail.jobs.ingest.RecordKind;
import org.wastetrail.jobs.testing.SharedSpark;
import org.wastetrail.jobs.testing.WarehouseRows;

@ExtendWith(SharedSpark.class)
class PeriodAggregatesTest {
  private Dataset<Row> aggregates;

  /**
   * Records at the edges of months, quarters and years:
   * 2023-12-31 D1 (inspected, violation) and S1 (kg 100, 2 pieces) at MYPKG GB>MY PLASTIC;
   * 2024-03-31 D2 (inspected, compliant, 1000.5 kg) at MYPKG GB>MY PLASTIC;
   * 2024-04-01 D3 (not inspected, 500 kg) at VNHPH US>VN E_WASTE and S2 (pieces only: 40) there too;
   * 2024-04-30 S3 (kg 0.0005) at VNHPH ZZ>VN E_WASTE.
   */
  @BeforeEach
  void aggregate(SparkSession spark) {
    Dataset<Row> declarations = WarehouseRows.table(spark, RecordKind.DECLARATIONS, List.of(
        declaration("D1", "2023-12-31", "MYPKG", "GB", "MY", "PLASTIC", "20000", "VIOLATION"),
        declaration("D2", "2024-03-31", "MYPKG", "GB", "MY", "PLASTIC", "1000.5", "COMPLIANT"),
        declaration("D3", "2024-04-01", "VNHPH", "US", "VN", "E_WASTE", "500", "NOT_INSPECTED")));
    Dataset<Row> seizures = WarehouseRows.table(spark, RecordKind.SEIZURES, List.of(
        seizure("S1", "2023-12-31", "MYPKG", "GB", "MY", "PLASTIC", "100", 2L),
        seizure("S2", "2024-04-01", "VNHPH", "US", "VN", "E_WASTE", null, 40L),
        seizure("S3", "2024-04-30", "VNHPH", "ZZ", "VN", "E_WASTE", "0.0005", null)));
    aggregates = PeriodAggregates.compute(Facts.of(declarations, seizures));
  }

  private List<String> rows(Dimension dimension, String... columns) {
    return PeriodAggregates.of(aggregates, dimension).selectExpr(columns).orderBy(columns[0], columns[1])
        .collectAsList().stream().map(Row::toString).toList();
  }

  @Test
  @DisplayName("KPIs per month, quarter and year: a record counts in the periods of its own date")
  void kpiByPeriod() {
    assertEquals(List.of(
            "[MONTH,2023-12,1,100.000000,2,1,20000.000000,1,1,1.0,1000.0,100.000,100.000000]",
            "[MONTH,2024-03,0,0.000000,0,1,1000.500000,1,0,0.0,0.0,null,null]",
            "[MONTH,2024-04,2,0.000500,40,1,500.000000,0,0,null,null,0.001,0.000500]",
            "[QUARTER,2023-Q4,1,100.000000,2,1,20000.000000,1,1,1.0,1000.0,100.000,100.000000]",
            "[QUARTER,2024-Q1,0,0.000000,0,1,1000.500000,1,0,0.0,0.0,null,null]",
            "[QUARTER,2024-Q2,2,0.000500,40,1,500.000000,0,0,null,null,0.001,0.000500]",
            "[YEAR,2023,1,100.000000,2,1,20000.000000,1,1,1.0,1000.0,100.000,100.000000]",
            "[YEAR,2024,2,0.000500,40,2,1500.500000,1,0,0.0,2000.0,0.001,0.000500]"),
        rows(Dimension.ALL, "period_type", "period", "seizures", "seized_kg", "seized_pieces", "declarations",
            "declared_kg", "inspections", "violations", "hit_rate", "seizures_per_1000_inspections",
            "median_seizure_kg", "largest_seizure_kg"));
  }

  @Test
  @DisplayName("one row per key and period with at least one record, and no other rows")
  void rowsOnlyWhereRecordsAre() {
    assertEquals(List.of(
            "[MONTH,2023-12,GB,MY,1,1]", "[MONTH,2024-03,GB,MY,0,1]", "[MONTH,2024-04,US,VN,1,1]",
            "[MONTH,2024-04,ZZ,VN,1,0]", "[QUARTER,2023-Q4,GB,MY,1,1]", "[QUARTER,2024-Q1,GB,MY,0,1]",
            "[QUARTER,2024-Q2,US,VN,1,1]", "[QUARTER,2024-Q2,ZZ,VN,1,0]", "[YEAR,2023,GB,MY,1,1]",
            "[YEAR,2024,GB,MY,0,1]", "[YEAR,2024,US,VN,1,1]", "[YEAR,2024,ZZ,VN,1,0]"),
        PeriodAggregates.of(aggregates, Dimension.ROUTE)
            .selectExpr("period_type", "period", "origin_country", "destination_country", "seizures", "declarations")
            .orderBy("period_type", "period", "origin_country").collectAsList().stream().map(Row::toString).toList());
    assertEquals(List.of("[YEAR,2023,PLASTIC,1,1]", "[YEAR,2024,E_WASTE,2,1]", "[YEAR,2024,PLASTIC,0,1]"),
        PeriodAggregates.of(aggregates, Dimension.WASTE_CATEGORY).filter("period_type = 'YEAR'")
            .selectExpr("period_type", "period", "waste_category", "seizures", "declarations")
            .orderBy("period", "waste_category").collectAsList().stream().map(Row::toString).toList());
    assertEquals(List.of("[YEAR,2023,MYPKG,1,1]", "[YEAR,2024,MYPKG,0,1]", "[YEAR,2024,VNHPH,2,1]"),
        PeriodAggregates.of(aggregates, Dimension.PORT).filter("period_type = 'YEAR'")
            .selectExpr("period_type", "period", "port", "seizures", "declarations")
            .orderBy("period", "port").collectAsList().stream().map(Row::toString).toList());
  }

  @Test
  @DisplayName("the data range runs from the first to the last record date")
  void dataRange() {
    assertArrayEquals(new LocalDate[] {LocalDate.of(2023, 12, 31), LocalDate.of(2024, 4, 30)},
        PeriodAggregates.dataRange(aggregates));
  }
}
