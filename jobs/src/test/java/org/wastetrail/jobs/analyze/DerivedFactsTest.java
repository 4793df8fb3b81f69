package org.wastetrail.jobs.analyze;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.year;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.wastetrail.jobs.aggregate.Facts;
import org.wastetrail.jobs.ingest.IngestConfig;
import org.wastetrail.jobs.ingest.IngestJob;
import org.wastetrail.jobs.ingest.RecordKind;
import org.wastetrail.jobs.ingest.WarehouseTables;
import org.wastetrail.jobs.io.HadoopFiles;
import org.wastetrail.jobs.io.Warehouse;
import org.wastetrail.jobs.targeting.RiskScores;
import org.wastetrail.jobs.testing.SharedSpark;

/**
 * The sums analyze keeps beside the declarations: equal to the declarations summed at once, and summed again only for
 * the months whose declarations changed.
 */
@ExtendWith(SharedSpark.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DerivedFactsTest {
  private static final Path SAMPLE_DATA = Path.of("..", "sample-data");
  private static final List<String> MONTHS = List.of("2024-01", "2024-02", "2024-03", "2024-04");

  @TempDir static Path folder;
  private SparkSession spark;
  private Path input;
  private Warehouse warehouse;
  private DerivedFacts derived;

  @BeforeAll
  void ingestFourMonths(SparkSession spark) throws IOException {
    this.spark = spark;
    input = Files.createDirectory(folder.resolve("in"));
    for (String month : MONTHS) {
      copy("declarations-" + month + ".csv");
    }
    ingest();
    HadoopFiles files = new HadoopFiles(spark.sparkContext().hadoopConfiguration());
    warehouse = new Warehouse(files, folder.resolve("warehouse").toString());
    derived = new DerivedFacts(spark, files, warehouse);
  }

  @Test
  @DisplayName("the first refresh sums every month; the kept facts equal the declarations summed at once")
  void factsEqualTheDeclarationsSummed() {
    derived.refresh();
    assertEquals(new DerivedFacts.Refresh(0, 4, 0), derived.refresh());
    assertSameRows(Facts.summed(declarations()), withoutMonth(derived.read()));
    assertSameGrains(RiskScores.monthlyGrains(declarations()), derived.readGrains());
    assertEquals(List.of(YearMonth.of(2024, 1), YearMonth.of(2024, 2), YearMonth.of(2024, 3), YearMonth.of(2024, 4)),
        derived.months());
    // year and month agree with the day they are kept under
    assertEquals(0, derived.read().filter(col("year").notEqual(year(col(Facts.RECORD_DATE)))
        .or(col("month").notEqual(month(col(Facts.RECORD_DATE))))).count());
  }

  @Test
  @DisplayName("only a month added, or rewritten by a later batch, is summed again; a month gone is dropped")
  void onlyChangedMonthsSummedAgain() throws IOException {
    derived.refresh();
    copy("declarations-2024-05.csv");
    ingest();
    assertEquals(new DerivedFacts.Refresh(1, 4, 0), derived.refresh());
    // A corrected copy of one declaration of February: the batch rewrites February only.
    List<String> february = Files.readAllLines(SAMPLE_DATA.resolve("declarations-2024-02.csv"));
    String line = february.stream().filter(l -> l.endsWith(",NONE,NOT_INSPECTED")).findFirst().orElseThrow();
    String corrected = line.replaceFirst(",NONE,NOT_INSPECTED$", ",RANDOM,COMPLIANT");
    Files.write(input.resolve("declarations-2024-02-correction.csv"), List.of(february.get(0), corrected));
    ingest();
    assertEquals(new DerivedFacts.Refresh(1, 4, 0), derived.refresh());
    assertSameRows(Facts.summed(declarations()), withoutMonth(derived.read()));
    // The kept sums of a month lost by hand are summed again; a month whose declarations are gone is dropped.
    Path kept = folder.resolve("warehouse").resolve(DerivedFacts.FOLDER).resolve(DerivedFacts.FACTS)
        .resolve("year=2024").resolve("month=3");
    deleteTree(kept);
    assertEquals(new DerivedFacts.Refresh(1, 4, 0), derived.refresh());
    deleteTree(folder.resolve("warehouse").resolve(DerivedFacts.FOLDER).resolve(DerivedFacts.GRAINS)
        .resolve("year=2024").resolve("month=1"));
    assertEquals(new DerivedFacts.Refresh(1, 4, 0), derived.refresh());
    deleteTree(folder.resolve("warehouse").resolve("declarations").resolve("year=2024").resolve("month=5"));
    assertEquals(new DerivedFacts.Refresh(0, 4, 1), derived.refresh());
    assertSameRows(Facts.summed(declarations()), withoutMonth(derived.read()));
    assertSameGrains(RiskScores.monthlyGrains(declarations()), derived.readGrains());
    assertEquals(0, derived.read().filter(col("month").equalTo(5)).count());
    assertEquals(0, derived.readGrains().filter(col("month").equalTo(5)).count());
    assertTrue(derived.read().filter(col("month").equalTo(3)).count() > 0);
  }

  @Test
  @DisplayName("the risk grains with whole months read from the kept ones equal those counted from the declarations:"
      + " no cut; a cut on a month's first day; a cut, a --from and an as-of date inside months")
  void riskGrainsFromKeptMonths() {
    derived.refresh();
    Object[][] cases = {
        {null, null, null, "2024-04-30", 4},
        {null, null, "2024-03-01", "2024-04-30", 4},
        // January starts before --from, February is cut, April runs past the as-of date: only March is whole.
        {"2024-01-10", null, "2024-02-15", "2024-04-20", 1},
        {null, "2024-03-31", "2024-02-01", "2024-03-31", 3}};
    for (Object[] c : cases) {
      LocalDate from = c[0] == null ? null : LocalDate.parse((String) c[0]);
      LocalDate to = c[1] == null ? null : LocalDate.parse((String) c[1]);
      LocalDate cut = c[2] == null ? null : LocalDate.parse((String) c[2]);
      LocalDate asOf = LocalDate.parse((String) c[3]);
      Dataset<Row> selected = declarations();
      if (from != null) {
        selected = selected.filter(col("declaration_date").geq(lit(Date.valueOf(from))));
      }
      if (to != null) {
        selected = selected.filter(col("declaration_date").leq(lit(Date.valueOf(to))));
      }
      List<YearMonth> whole = RiskScores.wholeMonths(derived.months(), from, to, cut, asOf);
      assertEquals(c[4], whole.size(), () -> "whole months of " + List.of(c));
      assertSameRows(RiskScores.grains(selected, cut, asOf),
          RiskScores.grains(selected, derived.readGrains(), whole, cut, asOf));
    }
  }

  private void copy(String name) throws IOException {
    Files.copy(SAMPLE_DATA.resolve(name), input.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }

  private void ingest() {
    new IngestJob(spark, new IngestConfig(input.toString(), folder.resolve("warehouse").toString(),
        folder.resolve("quarantine").toString(), false, "test")).run();
  }

  private Dataset<Row> declarations() {
    return WarehouseTables.read(spark, warehouse, RecordKind.DECLARATIONS);
  }

  private static Dataset<Row> withoutMonth(Dataset<Row> facts) {
    return facts.drop("year", "month");
  }

  /** The same rows, as many times each; the kept grains' year and month come last, as Spark reads partitions. */
  private static void assertSameGrains(Dataset<Row> expected, Dataset<Row> kept) {
    assertSameRows(expected, kept.selectExpr(expected.columns()));
  }

  /** The same rows, as many times each, in the same columns. */
  private static void assertSameRows(Dataset<Row> expected, Dataset<Row> actual) {
    assertEquals(List.of(expected.columns()), List.of(actual.columns()));
    assertEquals(expected.count(), actual.count());
    assertEquals(0, expected.exceptAll(actual).count());
    assertEquals(0, actual.exceptAll(expected).count());
  }

  private static void deleteTree(Path path) throws IOException {
    try (var walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
