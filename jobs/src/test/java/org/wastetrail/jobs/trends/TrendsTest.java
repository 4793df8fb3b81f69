package org.wastetrail.jobs.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wastetrail.jobs.testing.WarehouseRows.declaration;
import static org.wastetrail.jobs.testing.WarehouseRows.seizure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wastetrail.jobs.aggregate.Facts;
import org.wastetrail.jobs.aggregate.PeriodAggregates;
import org.wastetrail.jobs.aggregate.Periods;
import org.wastetrail.jobs.ingest.RecordKind;
import org.wastetrail.jobs.testing.SharedSpark;
import org.wastetrail.jobs.testing.WarehouseRows;

@ExtendWith(SharedSpark.class)
class TrendsTest {

  private static Dataset<Row> aggregates(SparkSession spark, List<Row> declarations, List<Row> seizures) {
    return PeriodAggregates.compute(Facts.of(WarehouseRows.table(spark, RecordKind.DECLARATIONS, declarations),
        WarehouseRows.table(spark, RecordKind.SEIZURES, seizures)));
  }

  private static List<String> strings(Dataset<Row> rows) {
    return rows.collectAsList().stream().map(Row::toString).toList();
  }

  @Test
  @DisplayName("changes against the previous period and a year earlier; zero inside the data, empty before it")
  void trendChanges(SparkSession spark) {
    // MYPKG seizures: 2023-01: 2, 2023-02: none (port has a declaration elsewhere? no: nothing), 2023-03: 1,
    // 2024-01: 5, 2024-02: 4. The data start on 2023-01-10.
    List<Row> seizures = new ArrayList<>();
    int id = 0;
    for (String[] monthCount : new String[][] {{"2023-01-10", "2"}, {"2023-03-05", "1"}, {"2024-01-15", "5"},
        {"2024-02-15", "4"}}) {
      for (int i = 0; i < Integer.parseInt(monthCount[1]); i++) {
        seizures.add(seizure("S" + id++, monthCount[0], "MYPKG", "GB", "MY", "PLASTIC", "10", null));
      }
    }
    Dataset<Row> changes = TrendChanges.compute(aggregates(spark, List.of(), seizures), LocalDate.of(2023, 1, 10))
        .filter("dimension = 'PORT' and measure = 'seizures' and period_type = 'MONTH'")
        .select("period", "value", "previous_period", "previous_value", "change", "change_pct", "year_ago_period",
            "year_ago_value", "yoy_change", "yoy_change_pct")
        .orderBy("period");
    assertEquals(List.of(
            "[2023-01,2.0,2022-12,null,null,null,2022-01,null,null,null]",
            "[2023-03,1.0,2023-02,0.0,1.0,null,2022-03,null,null,null]",
            "[2024-01,5.0,2023-12,0.0,5.0,null,2023-01,2.0,3.0,150.0]",
            "[2024-02,4.0,2024-01,5.0,-1.0,-20.0,2023-02,0.0,4.0,null]"),
        strings(changes));
  }

  @Test
  @DisplayName("a route is emerging after four quarters without records, judged only with a full look-back")
  void emergingRoutes(SparkSession spark) {
    List<Row> declarations = List.of(
        // GB>MY opens the data in 2022-01 and comes back in 2024-Q2 after eight quiet quarters: emerging again.
        declaration("D1", "2022-01-10", "MYPKG", "GB", "MY", "PLASTIC", "1", "NOT_INSPECTED"),
        declaration("D2", "2024-06-10", "MYPKG", "GB", "MY", "PLASTIC", "1", "NOT_INSPECTED"),
        // KR>PH first seen 2023-Q3: emerging (2022-Q3..2023-Q2 inside the data, no records).
        declaration("D3", "2023-07-06", "PHMNL", "KR", "PH", "PLASTIC", "1", "NOT_INSPECTED"),
        declaration("D4", "2023-08-06", "PHMNL", "KR", "PH", "PLASTIC", "1", "NOT_INSPECTED"),
        // US>VN seen 2022-Q1 (too early to judge), again 2023-Q1 (only 3 quiet quarters: no), 2024-Q2 (5: yes).
        declaration("D5", "2022-02-01", "VNHPH", "US", "VN", "PLASTIC", "1", "NOT_INSPECTED"),
        declaration("D6", "2023-02-01", "VNHPH", "US", "VN", "PLASTIC", "1", "NOT_INSPECTED"),
        declaration("D7", "2024-05-01", "VNHPH", "US", "VN", "PLASTIC", "1", "NOT_INSPECTED"));
    List<Row> seizures = List.of(
        // The same route with a transit country is a route of its own.
        WarehouseRows.row(RecordKind.SEIZURES, java.util.Map.ofEntries(java.util.Map.entry("seizure_id", "S1"),
            java.util.Map.entry("seizure_date", java.sql.Date.valueOf("2023-09-01")),
            java.util.Map.entry("port", "PHMNL"), java.util.Map.entry("origin_country", "KR"),
            java.util.Map.entry("destination_country", "PH"), java.util.Map.entry("transit_countries", "TW"),
            java.util.Map.entry("waste_category", "PLASTIC"))));
    Dataset<Row> emerging = EmergingRoutes.find(aggregates(spark, declarations, seizures), Periods.QUARTER, 4,
        LocalDate.of(2022, 1, 10)).select("route_type", "origin_country", "destination_country", "transit_countries",
        "period", "last_seen_period", "declarations", "seizures").orderBy("period", "route_type", "origin_country");
    assertEquals(List.of(
            "[ORIGIN_DESTINATION,KR,PH,,2023-Q3,null,2,1]",
            "[WITH_TRANSIT,KR,PH,TW,2023-Q3,null,0,1]",
            "[ORIGIN_DESTINATION,GB,MY,,2024-Q2,2022-Q1,1,0]",
            "[ORIGIN_DESTINATION,US,VN,,2024-Q2,2023-Q1,1,0]"),
        strings(emerging));
  }
}
