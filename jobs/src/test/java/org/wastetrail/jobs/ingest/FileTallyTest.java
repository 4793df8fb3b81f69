package org.wastetrail.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wastetrail.jobs.testing.SharedSpark;

@ExtendWith(SharedSpark.class)
class FileTallyTest {
  /** Ids where UTF-16 order and code point order part: U+FF21 (fullwidth A) against U+1F600 (a surrogate pair). */
  private static final List<String> IDS = List.of("D10", "D9", "D1", "d1", "D\uFF21", "D\uD83D\uDE00", "D\u00E9",
      "D\u4E2D", "D", "D\uE000", "D\uD7FF", "");

  @Test
  @DisplayName("ids compare in Spark's order of strings (code points), not in Java's (UTF-16 units)")
  void sparksOrder(SparkSession spark) {
    List<String> sorted = new ArrayList<>(IDS);
    sorted.sort(FileTally::compareCodePoints);

    assertEquals(spark.createDataset(IDS, Encoders.STRING()).orderBy("value").collectAsList(), sorted);
    assertEquals(List.of("", "D", "D1", "D10", "D9", "D\u00E9", "D\u4E2D", "D\uD7FF", "D\uE000", "D\uFF21",
        "D\uD83D\uDE00", "d1"), sorted, "by hand");
  }

  @Test
  @DisplayName("the accepted ids' least and greatest, over a file's parts; quarantined rows do not count")
  void idRange() {
    FileTally first = new FileTally("declarations-a.csv");
    first.count(null, "D20250100000007");
    first.count("INVALID_DATE", "A1");
    first.count(null, "D20250100000002");
    FileTally second = new FileTally("declarations-a.csv");
    second.count(null, "D\uFF21");
    second.count(null, "D\uD83D\uDE00");
    second.count("UNKNOWN_PORT;INVALID_DATE", "Z9");
    FileTally none = new FileTally("declarations-a.csv");
    none.count("MISSING_FIELD", "D0");

    FileTally file = new FileTally("declarations-a.csv");
    file.add(first);
    file.add(none);
    file.add(second);

    assertEquals("D20250100000002", file.minId());
    assertEquals("D\uD83D\uDE00", file.maxId());
    assertEquals(4, file.accepted());
    assertEquals(Map.of("INVALID_DATE", 2L, "UNKNOWN_PORT", 1L, "MISSING_FIELD", 1L), file.reasons());
    assertNull(none.minId());
    assertNull(none.maxId());
  }
}
