package org.wastetrail.jobs.aggregate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.median;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wastetrail.jobs.testing.SharedSpark;

@ExtendWith(SharedSpark.class)
class SeizureSizesTest {
  @Test
  @DisplayName("the median is the middle value, or the mean of the two middle values, rounded half up to grams")
  void byHand() {
    assertEquals(new BigDecimal("4.000"), SeizureSizes.median(kg("2", "4", "9")));
    assertEquals(new BigDecimal("1.875"), SeizureSizes.median(kg("1.5", "2.25")));
    // 0.00075 kg is closer to 1 g than to none, and half a gram rounds up.
    assertEquals(new BigDecimal("0.001"), SeizureSizes.median(kg("0.0005", "0.001")));
    assertEquals(new BigDecimal("0.001"), SeizureSizes.median(kg("0.0005", "0.0015")));
    assertEquals(new BigDecimal("7.000"), SeizureSizes.median(kg("7", "7", "7", "7")));
  }

  @Test
  @DisplayName("gives exactly what Spark's median cast to DECIMAL(22,3) gives, on 400 random groups")
  void asSparkDoes(SparkSession spark) {
    Random random = new Random(20261204);
    List<Row> values = new ArrayList<>();
    Map<Integer, List<BigDecimal>> groups = new HashMap<>();
    for (int group = 0; group < 400; group++) {
      int size = 1 + random.nextInt(9);
      for (int i = 0; i < size; i++) {
        // Up to 10,000 t to the milligram, some with few digits so that middle values tie and halves occur.
        BigDecimal kg = random.nextBoolean() ? BigDecimal.valueOf(random.nextLong(10_000_000_000_000L), 6)
            : BigDecimal.valueOf(random.nextInt(2000), 4).setScale(6);
        values.add(RowFactory.create(group, kg));
        groups.computeIfAbsent(group, g -> new ArrayList<>()).add(kg);
      }
    }
    StructType schema = DataTypes.createStructType(List.of(
        DataTypes.createStructField("g", DataTypes.IntegerType, false),
        DataTypes.createStructField("kg", Facts.KG, false)));
    List<Row> spark_ = spark.createDataFrame(values, schema).groupBy(col("g"))
        .agg(median(col("kg")).cast(DataTypes.createDecimalType(22, 3)).as("m")).collectAsList();
    assertEquals(400, spark_.size());
    for (Row row : spark_) {
      List<BigDecimal> sorted = new ArrayList<>(groups.get(row.getInt(0)));
      sorted.sort(null);
      assertEquals(row.getDecimal(1), SeizureSizes.median(sorted), "group " + row.getInt(0) + ": " + sorted);
    }
  }

  @Test
  @DisplayName("every period and dimension key of 3,000 random seizures: the groups, their medians and largest")
  void rowsGroupEveryPeriodAndKey() {
    Random random = new Random(20261205);
    String[] categories = {"E_WASTE", "PLASTIC", null};
    String[] ports = {"CNNGB", "NLRTM", "GHTEM", "BEANR"};
    String[] countries = {"NL", "GH", "CN", "ZZ", "DE"};
    String[] transits = {"", "BE", "BE;FR", null};
    List<Row> weighed = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      // Four years across a leap day and every quarter's edges; sizes with few digits, so that sizes tie.
      LocalDate date = LocalDate.of(2021, 12, 31).plusDays(random.nextInt(4 * 366));
      BigDecimal kg = random.nextInt(4) == 0 ? BigDecimal.valueOf(random.nextInt(5) * 1000L, 3)
          : BigDecimal.valueOf(random.nextLong(100_000_000L), 3);
      weighed.add(RowFactory.create(Date.valueOf(date), categories[random.nextInt(categories.length)],
          ports[random.nextInt(ports.length)], countries[random.nextInt(countries.length)],
          countries[random.nextInt(countries.length)], transits[random.nextInt(transits.length)], kg));
    }
    // Independently: each seizure put into its fifteen groups by name, each group's sizes sorted.
    int kgColumn = SeizureSizes.INPUT.indexOf(Facts.SEIZURE_KG);
    Map<List<Object>, List<BigDecimal>> expected = new HashMap<>();
    for (Row row : weighed) {
      LocalDate date = row.getDate(0).toLocalDate();
      for (String type : List.of(Periods.MONTH, Periods.QUARTER, Periods.YEAR)) {
        LocalDate start = Periods.start(type, date);
        for (Dimension dimension : Dimension.values()) {
          List<Object> key = new ArrayList<>(List.of(type, Periods.label(type, start), Date.valueOf(start)));
          for (String column : Dimension.ALL_KEY_COLUMNS) {
            key.add(dimension.keyColumns().contains(column)
                ? row.getString(SeizureSizes.INPUT.indexOf(column)) : null);
          }
          key.add((long) dimension.groupingId());
          expected.computeIfAbsent(key, k -> new ArrayList<>()).add(row.getDecimal(kgColumn));
        }
      }
    }
    Map<List<Object>, List<Object>> want = new HashMap<>();
    expected.forEach((key, sizes) -> {
      sizes.sort(null);
      want.put(key, List.of(SeizureSizes.median(sizes), sizes.get(sizes.size() - 1)));
    });
    Map<List<Object>, List<Object>> got = new HashMap<>();
    for (Row row : SeizureSizes.rows(weighed)) {
      List<Object> cells = new ArrayList<>();
      for (int i = 0; i < row.size(); i++) {
        cells.add(row.get(i));
      }
      List<Object> key = cells.subList(0, row.size() - 2);
      assertNull(got.put(new ArrayList<>(key), cells.subList(row.size() - 2, row.size())), "twice: " + key);
    }
    assertEquals(want, got);
  }

  private static List<BigDecimal> kg(String... values) {
    return java.util.Arrays.stream(values).map(BigDecimal::new).sorted().toList();
  }
}
