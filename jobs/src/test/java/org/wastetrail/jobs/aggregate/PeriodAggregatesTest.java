package org.wastetrail.jobs.aggregate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.wastetrail.jobs.testing.WarehouseRows.declaration;
import static org.wastetrail.jobs.testing.WarehouseRows.seizure;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
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
        PeriodAggregates.collect(aggregates, List.of(Dimension.ALL)).range());
  }

  @Test
  @DisplayName("no records, no data range")
  void noDataRange(SparkSession spark) {
    Dataset<Row> none = PeriodAggregates.compute(Facts.of(
        WarehouseRows.table(spark, RecordKind.DECLARATIONS, List.of()),
        WarehouseRows.table(spark, RecordKind.SEIZURES, List.of())));
    PeriodAggregates.OnDriver collected = PeriodAggregates.collect(none, List.of(Dimension.ALL, Dimension.PORT));
    assertNull(collected.range());
    assertEquals(List.of(), collected.rows(Dimension.PORT));
  }

  @Test
  @DisplayName("the tables cut on the driver hold Spark's rows in Spark's order: nulls first, text by code point")
  void collectedInSparksOrder(SparkSession spark) {
    // Keys Java's String.compareTo orders differently from Spark: a supplementary character (a surrogate pair, below
    // U+E000 in UTF-16) against one near the top of the basic plane; accents.
    Dataset<Row> declarations = WarehouseRows.table(spark, RecordKind.DECLARATIONS, List.of(
        declaration("D1", "2024-01-05", "MYPKG", "GB", "MY", "PLASTIC", "10", "VIOLATION"),
        declaration("D2", "2024-02-06", "\uFF21PORT", "DE", "MY", "PLASTIC", "20", "COMPLIANT"),
        declaration("D3", "2024-02-07", "\uD835\uDD38PORT", "CN", "VN", "E_WASTE", "30", "NOT_INSPECTED"),
        declaration("D4", "2024-02-08", "\u00C5PORT", "US", "VN", "E_WASTE", "40", "VIOLATION"),
        declaration("D5", "2025-03-09", "MYPKG", "GB", "MY", "PLASTIC", "50", "COMPLIANT")));
    Dataset<Row> seizures = WarehouseRows.table(spark, RecordKind.SEIZURES, List.of(
        seizure("S1", "2024-02-07", "\uD835\uDD38PORT", "CN", "VN", "E_WASTE", "5", 1L)));
    Dataset<Row> all = PeriodAggregates.compute(Facts.of(declarations, seizures));
    List<Dimension> dimensions = List.of(Dimension.ALL, Dimension.WASTE_CATEGORY, Dimension.PORT, Dimension.ROUTE);
    PeriodAggregates.OnDriver collected = PeriodAggregates.collect(all, dimensions);
    for (Dimension dimension : dimensions) {
      Dataset<Row> table = PeriodAggregates.of(all, dimension);
      List<String> order = new java.util.ArrayList<>(List.of("period_type", "period"));
      order.addAll(dimension.keyColumns());
      List<Row> sparks = table.orderBy(order.stream().map(c -> table.col(c).asc_nulls_first())
          .toArray(org.apache.spark.sql.Column[]::new)).collectAsList();
      assertEquals(table.schema(), collected.schema(dimension), dimension + " columns");
      assertEquals(sparks, collected.rows(dimension), dimension + " rows");
    }
    // In one month: Å (U+00C5), then the fullwidth Ａ (U+FF21), then the mathematical 𝔸 (U+1D538, a surrogate pair that
    // String.compareTo would put before the fullwidth letter).
    assertEquals(List.of("[MONTH,2024-01,MYPKG,0,1]", "[MONTH,2024-02,\u00C5PORT,0,1]",
            "[MONTH,2024-02,\uFF21PORT,0,1]", "[MONTH,2024-02,\uD835\uDD38PORT,1,1]"),
        collected.rows(Dimension.PORT).stream().limit(4)
            .map(r -> "[" + r.get(0) + "," + r.get(1) + "," + r.get(2) + "," + r.get(3) + "," + r.get(6) + "]")
            .toList());
    assertArrayEquals(new LocalDate[] {LocalDate.of(2024, 1, 5), LocalDate.of(2025, 3, 9)}, collected.range());
  }

  @Test
  @DisplayName("a missing key sorts first, as asc_nulls_first does")
  void nullKeysFirst() {
    List<Row> rows = new java.util.ArrayList<>(List.of(RowFactory.create("YEAR", "2024", "\uFF21"),
        RowFactory.create("YEAR", "2024", "\uD835\uDD38"), RowFactory.create("YEAR", "2024", null),
        RowFactory.create("MONTH", "2024-01", "B")));
    rows.sort(PeriodAggregates.keyOrder(3));
    assertEquals(List.of("[MONTH,2024-01,B]", "[YEAR,2024,null]", "[YEAR,2024,\uFF21]", "[YEAR,2024,\uD835\uDD38]"),
        rows.stream().map(Row::toString).toList());
  }
}
