package org.wastetrail.jobs.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.wastetrail.jobs.testing.SharedSpark;

@ExtendWith(SharedSpark.class)
class DataTableWriterTest {
  private static final StructType SCHEMA = DataTypes.createStructType(List.of(
      DataTypes.createStructField("key", DataTypes.StringType, true),
      DataTypes.createStructField("day", DataTypes.DateType, true),
      DataTypes.createStructField("n", DataTypes.LongType, true),
      DataTypes.createStructField("kg", DataTypes.createDecimalType(22, 6), true)));

  @TempDir Path out;

  @Test
  @DisplayName("rows sorted on the driver come out in the bytes Spark's sort gives: nulls first, text by code point"
      + " (an emoji after a private-use letter, which UTF-16 order puts before it), then dates, numbers")
  void driverOrderIsSparks(SparkSession spark) throws IOException {
    List<Row> rows = List.of(
        RowFactory.create("\uE000", Date.valueOf("2024-01-02"), 1L, new BigDecimal("1.5")),
        RowFactory.create("\uD83D\uDE00", Date.valueOf("2024-01-01"), 2L, new BigDecimal("2")),
        RowFactory.create("b", Date.valueOf("2024-01-01"), null, new BigDecimal("3")),
        RowFactory.create("b", Date.valueOf("2024-01-01"), -4L, new BigDecimal("4")),
        RowFactory.create("B", null, 5L, null),
        RowFactory.create(null, Date.valueOf("2023-12-31"), 6L, new BigDecimal("6.0004")),
        RowFactory.create("b", Date.valueOf("2023-12-31"), 7L, new BigDecimal("7")));
    DataTableWriter writer = new DataTableWriter(new HadoopFiles(spark.sparkContext().hadoopConfiguration()),
        new org.apache.hadoop.fs.Path(out.toUri()));
    assertEquals(7, writer.writeRows("driver", SCHEMA, rows, "key", "day", "n"));
    writer.write("spark", spark.createDataFrame(rows, SCHEMA), "key", "day", "n");
    List<String> driver = Files.readAllLines(out.resolve("driver.csv"));
    assertEquals(Files.readAllLines(out.resolve("spark.csv")), driver);
    assertEquals(List.of("key,day,n,kg", "\"\",2023-12-31,6,6", "B,,5,", "b,2023-12-31,7,7", "b,2024-01-01,,3",
        "b,2024-01-01,-4,4", "\uE000,2024-01-02,1,1.5", "\uD83D\uDE00,2024-01-01,2,2"), driver);
  }
}
