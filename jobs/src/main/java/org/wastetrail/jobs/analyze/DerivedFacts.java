package org.wastetrail.jobs.analyze;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.year;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wastetrail.jobs.aggregate.Facts;
import org.wastetrail.jobs.ingest.IngestSchemas;
import org.wastetrail.jobs.ingest.RecordKind;
import org.wastetrail.jobs.ingest.WarehouseTables;
import org.wastetrail.jobs.io.HadoopFiles;
import org.wastetrail.jobs.io.Warehouse;
import org.wastetrail.jobs.targeting.RiskScores;

/**
 * The declarations summed per day and dimension key ({@link Facts#summed}), kept in the warehouse beside them, month
 * by month, under {@code derived/}{@value #FACTS}: what analyze reads for the period aggregates and the campaign
 * tables instead of the declarations themselves. Ten million declarations over three years are about 560,000 rows, and
 * every figure drawn from them is a sum of sums, so they give the same tables as the declarations. Beside them, under
 * {@code derived/}{@value #GRAINS}, the declarations counted per month in the two grains of the risk scores
 * ({@link RiskScores#monthlyGrains}): the scores and their backtest read them for every whole month of an analysis
 * instead of scanning ten million declarations again (9 s of a 36 s analysis at 10M).
 *
 * <p>A cache, derived from the declarations alone and brought up to date at the start of every analysis: a month is
 * summed again when its declaration files differ from those it was summed from (a batch rewrote it; the file names and
 * sizes are recorded in {@value #SOURCES}) or its sums are missing, the sums of a month whose declarations are gone
 * are dropped, and nothing else is read. So the first analysis of a warehouse sums every month, and one after a month
 * was added sums that month. A month's sums (both tables) are swapped in before the record of what they were summed from, so a
 * process killed on the way leaves months that are summed again next time, never stale sums taken for current ones.
 * One writer at a time, as for the warehouse.
 */
public final class DerivedFacts {
  public static final String FOLDER = "derived";
  public static final String FACTS = "declaration_facts";
  public static final String GRAINS = "risk_grains";
  /** The kept facts as a folder of the warehouse. */
  private static final String KEPT = FOLDER + "/" + FACTS;
  /** The kept monthly risk grains ({@link RiskScores#monthlyGrains}) as a folder of the warehouse. */
  private static final String KEPT_GRAINS = FOLDER + "/" + GRAINS;
  static final String SOURCES = "_SOURCES";
  /** Written first in {@value #SOURCES}; a change to what the facts hold changes it, and every month is summed again. */
  private static final String FORMAT = "wastetrail derived facts 2";
  private static final String STAGING = "_staging";
  private static final Logger LOG = LoggerFactory.getLogger(DerivedFacts.class);

  private final SparkSession spark;
  private final HadoopFiles files;
  private final Warehouse warehouse;
  private final Path root;

  public DerivedFacts(SparkSession spark, HadoopFiles files, Warehouse warehouse) {
    this.spark = spark;
    this.files = files;
    this.warehouse = warehouse;
    this.root = new Path(warehouse.root(), FOLDER);
  }

  /** What {@link #refresh} did: months summed again (changed or new), kept as they were, and dropped. */
  public record Refresh(int summed, int kept, int dropped) {}

  /** Brings the facts up to date with the declarations (see the class comment). */
  public Refresh refresh() {
    files.delete(new Path(root, STAGING));
    Map<String, String> current = sources();
    // A month is kept when both its sums are.
    Set<String> kept = new TreeSet<>(warehouse.partitions(KEPT));
    kept.retainAll(warehouse.partitions(KEPT_GRAINS));
    Map<String, String> recorded = recordedSources();
    // A month whose sums are missing (removed by hand, say) is summed again whatever the record says.
    recorded.keySet().retainAll(kept);
    List<String> changed = current.keySet().stream()
        .filter(partition -> !current.get(partition).equals(recorded.get(partition))).toList();
    // Whatever is kept for a month without declarations goes, recorded or not.
    Set<String> anyKept = new TreeSet<>(warehouse.partitions(KEPT));
    anyKept.addAll(warehouse.partitions(KEPT_GRAINS));
    List<String> gone = anyKept.stream().filter(partition -> !current.containsKey(partition)).toList();
    Refresh refresh = new Refresh(changed.size(), current.size() - changed.size(), gone.size());
    if (changed.isEmpty() && gone.isEmpty()) {
      return refresh;
    }
    Path staging = new Path(new Path(root, STAGING), UUID.randomUUID().toString());
    if (!changed.isEmpty()) {
      Dataset<Row> declarations = declarations();
      if (changed.size() < current.size()) {
        declarations = declarations.filter(inPartitions(changed));
      }
      write(facts(declarations), new Path(staging, FACTS));
      write(RiskScores.monthlyGrains(declarations), new Path(staging, GRAINS));
    }
    for (String table : List.of(FACTS, GRAINS)) {
      Path live = warehouse.table(FOLDER + "/" + table);
      for (String partition : gone) {
        files.delete(new Path(live, partition));
      }
      for (String partition : changed) {
        Path staged = new Path(new Path(staging, table), partition);
        files.delete(new Path(live, partition));
        if (files.exists(staged)) {
          files.rename(staged, new Path(live, partition));
        }
      }
    }
    files.writeTextAtomically(new Path(root, SOURCES), format(current));
    files.delete(new Path(root, STAGING));
    LOG.info("derived sums of the declarations: {} months summed, {} kept, {} dropped", refresh.summed(),
        refresh.kept(), refresh.dropped());
    return refresh;
  }

  /**
   * The declarations summed per day and dimension key, with the year and month they are kept under; read with the
   * schema of the query that sums them, and empty before any month is summed.
   */
  public Dataset<Row> read() {
    StructType schema = facts(declarations()).schema();
    if (warehouse.partitions(KEPT).isEmpty()) {
      return spark.createDataFrame(List.of(), schema);
    }
    return spark.read().schema(schema).parquet(warehouse.table(KEPT).toString());
  }

  /**
   * The declarations counted per month in the two risk grains ({@link RiskScores#monthlyGrains}), with the year and
   * month they are kept under; empty before any month is counted.
   */
  public Dataset<Row> readGrains() {
    StructType schema = RiskScores.monthlyGrains(declarations()).schema();
    if (warehouse.partitions(KEPT_GRAINS).isEmpty()) {
      return spark.createDataFrame(List.of(), schema);
    }
    return spark.read().schema(schema).parquet(warehouse.table(KEPT_GRAINS).toString());
  }

  /** The months whose declarations are summed and counted (after {@link #refresh}: every month with declarations). */
  public List<YearMonth> months() {
    List<YearMonth> months = new ArrayList<>();
    for (String partition : warehouse.partitions(KEPT_GRAINS)) {
      String[] parts = partition.split("/");
      months.add(YearMonth.of(Integer.parseInt(parts[0].substring("year=".length())),
          Integer.parseInt(parts[1].substring("month=".length()))));
    }
    return months;
  }

  private Dataset<Row> declarations() {
    return WarehouseTables.read(spark, warehouse, RecordKind.DECLARATIONS);
  }

  private static Dataset<Row> facts(Dataset<Row> declarations) {
    Dataset<Row> summed = Facts.summed(declarations);
    return summed.withColumn(IngestSchemas.YEAR, year(col(Facts.RECORD_DATE)))
        .withColumn(IngestSchemas.MONTH, month(col(Facts.RECORD_DATE)));
  }

  /** One file per month: the rows gathered by year and month first. */
  private static void write(Dataset<Row> table, Path location) {
    table.repartition(col(IngestSchemas.YEAR), col(IngestSchemas.MONTH))
        .write()
        .partitionBy(IngestSchemas.YEAR, IngestSchemas.MONTH)
        .parquet(location.toString());
  }

  /** The declarations of these partitions only ({@code year=2024/month=3}); Spark reads no other folder. */
  private static Column inPartitions(List<String> partitions) {
    Column any = lit(false);
    for (String partition : partitions) {
      String[] parts = partition.split("/");
      any = any.or(col(IngestSchemas.YEAR).equalTo(Integer.parseInt(parts[0].substring("year=".length())))
          .and(col(IngestSchemas.MONTH).equalTo(Integer.parseInt(parts[1].substring("month=".length())))));
    }
    return any;
  }

  /** Per partition of the declarations, a digest of the names and sizes of its data files. */
  private Map<String, String> sources() {
    Map<String, String> sources = new LinkedHashMap<>();
    if (!warehouse.hasTable(RecordKind.DECLARATIONS.table())) {
      return sources;
    }
    Path table = warehouse.table(RecordKind.DECLARATIONS.table());
    for (String partition : warehouse.partitions(RecordKind.DECLARATIONS.table())) {
      StringBuilder listing = new StringBuilder();
      for (FileStatus file : files.listFiles(new Path(table, partition))) {
        String name = file.getPath().getName();
        if (!name.startsWith("_") && !name.startsWith(".")) {
          listing.append(name).append(' ').append(file.getLen()).append('\n');
        }
      }
      sources.put(partition, sha256(listing.toString()));
    }
    return sources;
  }

  /** The sources the kept months were summed from; none when there is no record or it is of another format. */
  private Map<String, String> recordedSources() {
    Map<String, String> recorded = new LinkedHashMap<>();
    Path path = new Path(root, SOURCES);
    if (!files.exists(path)) {
      return recorded;
    }
    List<String> lines = files.readText(path).lines().toList();
    if (lines.isEmpty() || !lines.get(0).equals(FORMAT)) {
      return recorded;
    }
    for (String line : lines.subList(1, lines.size())) {
      int space = line.indexOf(' ');
      if (space > 0) {
        recorded.put(line.substring(0, space), line.substring(space + 1));
      }
    }
    return recorded;
  }

  private static String format(Map<String, String> sources) {
    StringBuilder text = new StringBuilder(FORMAT).append('\n');
    sources.forEach((partition, source) -> text.append(partition).append(' ').append(source).append('\n'));
    return text.toString();
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
