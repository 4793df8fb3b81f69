package org.wastetrail.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Dataset;
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
class IngestTransformsTest {
  private static final StructType EXISTING = DataTypes.createStructType(List.of(
      DataTypes.createStructField("declaration_id", DataTypes.StringType, false),
      DataTypes.createStructField(IngestSchemas.YEAR, DataTypes.IntegerType, false),
      DataTypes.createStructField(IngestSchemas.MONTH, DataTypes.IntegerType, false)));
  private static final StructType INCOMING = DataTypes.createStructType(List.of(
      DataTypes.createStructField("declaration_id", DataTypes.StringType, false),
      DataTypes.createStructField(IngestSchemas.SOURCE_FILE, DataTypes.StringType, false)));

  @Test
  @DisplayName("replacements: per incoming file and existing month, the ids that arrive again; the same whether the"
      + " incoming ids are broadcast or shuffled")
  void replacements(SparkSession spark) {
    Dataset<Row> existing = spark.createDataFrame(List.of(
        RowFactory.create("D1", 2024, 1), RowFactory.create("D2", 2024, 1), RowFactory.create("D3", 2024, 2),
        RowFactory.create("D4", 2024, 3)), EXISTING);
    Dataset<Row> incoming = spark.createDataFrame(List.of(
        RowFactory.create("D1", "a.csv"), RowFactory.create("D2", "a.csv"), RowFactory.create("D3", "b.csv"),
        RowFactory.create("D9", "b.csv")), INCOMING);
    // a.csv replaces D1 and D2 (January), b.csv D3 (February); D9 is new, D4 untouched.
    List<String> expected = List.of("a.csv 2024-1: 2", "b.csv 2024-2: 1");
    for (boolean broadcast : new boolean[] {true, false}) {
      List<String> found = IngestTransforms.replacements(existing, incoming, "declaration_id", broadcast)
          .collectAsList().stream()
          .map(r -> r.getString(0) + " " + r.getInt(1) + "-" + r.getInt(2) + ": " + r.getLong(3))
          .sorted().toList();
      assertEquals(expected, found, "broadcast " + broadcast);
    }
  }
}
