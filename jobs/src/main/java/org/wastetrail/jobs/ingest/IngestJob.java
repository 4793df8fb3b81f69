package org.wastetrail.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.util.SerializableConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wastetrail.jobs.io.HadoopFiles;
import org.wastetrail.jobs.io.QuarantineWriter;
import org.wastetrail.jobs.io.Warehouse;
import org.wastetrail.jobs.reference.ReferenceData;
import org.wastetrail.jobs.reference.ReferenceLoader;

/**
 * Validates the input files of a folder into the warehouse: every row is either accepted or quarantined with its
 * reasons, records replace earlier versions by id, and the batch is committed atomically.
 */
public final class IngestJob {
  /** Name of the accumulator counting rows read, for progress displays. */
  public static final String ROWS_READ_ACCUMULATOR = "wastetrail.ingest.rowsRead";
  /** Rows read a second time for the quarantine: not progress. */
  private static final String ROWS_READ_AGAIN_ACCUMULATOR = "wastetrail.ingest.rowsReadAgain";
  private static final String TALLIES_ACCUMULATOR = "wastetrail.ingest.tallies";
  /**
   * Up to this many incoming records are matched against the existing ids by sending them to every task (a month of
   * the 10M-declaration benchmark is under 300,000: some 20 MB); a larger batch is matched by a shuffle of both sides.
   */
  static final long BROADCAST_INCOMING_ROWS = 1_000_000;
  /** A file is cut into parts of at least this many bytes, when there are fewer files than cores. */
  static final long MIN_PART_BYTES = 8L << 20;
  /** A Spark setting that overrides {@link #MIN_PART_BYTES} (tests cut small files). */
  static final String MIN_PART_BYTES_CONF = "spark.wastetrail.ingest.minPartBytes";
  /** The columns of {@link IngestTransforms#laterDuplicates}. */
  private static final StructType LATER_DUPLICATES = DataTypes.createStructType(List.of(
      DataTypes.createStructField(IngestSchemas.FILE, DataTypes.StringType, false),
      DataTypes.createStructField(IngestSchemas.LINE, DataTypes.LongType, false),
      DataTypes.createStructField(IngestSchemas.REASON_MESSAGE, DataTypes.StringType, false)));

  private static final Logger LOG = LoggerFactory.getLogger(IngestJob.class);

  private final SparkSession spark;
  private final IngestConfig config;
  private final HadoopFiles files;
  private final Warehouse warehouse;

  public IngestJob(SparkSession spark, IngestConfig config) {
    this.spark = spark;
    this.config = config;
    this.files = new HadoopFiles(spark.sparkContext().hadoopConfiguration());
    this.warehouse = new Warehouse(files, config.warehouse());
  }

  public IngestResult run() {
    warehouse.recover();
    BatchLog.Known logged = new BatchLog(spark, warehouse).known();
    InputScanner.Scan scan = new InputScanner(files, logged.byStamp()).scan(config.input());
    ReferenceData reference = ReferenceLoader.load(files, scan.folder());
    Map<String, FileSummary.IngestedAs> known = new HashMap<>(logged.byHash());
    List<InputFile> fresh = new ArrayList<>();
    Map<InputFile, FileSummary.IngestedAs> skipped = new LinkedHashMap<>();
    for (InputFile file : scan.inputs()) {
      FileSummary.IngestedAs earlier = known.get(file.sha256());
      if (earlier != null) {
        skipped.put(file, earlier);
      } else {
        known.put(file.sha256(), new FileSummary.IngestedAs(file.name(), null));
        fresh.add(file);
      }
    }
    String batchId = batchId(fresh);
    List<FileSummary> summaries = new ArrayList<>();
    skipped.forEach((file, earlier) -> summaries.add(FileSummary.skipped(file, earlier)));
    QuarantineWriter quarantine = new QuarantineWriter(files, files.qualify(config.quarantine()));
    List<String> stagedTables = new ArrayList<>();
    Map<String, List<String>> carried = new HashMap<>();
    for (RecordKind kind : RecordKind.values()) {
      List<InputFile> ofKind = fresh.stream().filter(f -> f.kind() == kind).toList();
      if (!ofKind.isEmpty()) {
        summaries.addAll(ingestKind(kind, ofKind, reference, batchId, quarantine, carried));
        stagedTables.add(kind.table());
      }
    }
    summaries.sort((a, b) -> a.file().name().compareTo(b.file().name()));
    boolean refused = config.strict() && summaries.stream().anyMatch(s -> s.rowsQuarantined() > 0);
    boolean commit = !fresh.isEmpty() && !refused;
    if (commit) {
      stageBatchLog(batchId, summaries, logged);
      stagedTables.add(Warehouse.BATCH_LOG);
      warehouse.commit(batchId, stagedTables, carried);
    } else {
      warehouse.abort(batchId);
    }
    return new IngestResult(batchId, summaries, scan.ignored(), reference.overriddenFiles(), tableRows(), commit,
        refused, quarantine.folder().toString());
  }

  /**
   * One kind's files in one pass: parsed, validated and written as the accepted rows' table, each file's counts sent
   * to the driver as it is read. Then the written ids are checked for duplicates (usually none: one grouping of the
   * ids), the quarantine is written from a second parse of only the files that have rejected rows, and, when the
   * warehouse already holds the table, its next version is written with the new rows replacing the old by id.
   */
  private List<FileSummary> ingestKind(RecordKind kind, List<InputFile> inputs, ReferenceData reference,
      String batchId, QuarantineWriter quarantine, Map<String, List<String>> carried) {
    LOG.info("ingesting {} file(s) of {}", inputs.size(), kind.table());
    CollectionAccumulator<FileTally> tallied = spark.sparkContext().collectionAccumulator(TALLIES_ACCUMULATOR);
    Path written = warehouse.stagedTable(batchId, "accepted-" + kind.table());
    List<ParseTask> tasks = parseTasks(inputs);
    WarehouseTables.writeByFile(IngestTransforms.accepted(parse(kind, tasks, reference, tallied), kind, batchId),
        kind, written);
    Map<String, FileTally> tallies = new HashMap<>();
    for (FileTally part : tallied.value()) {
      tallies.computeIfAbsent(part.file(), FileTally::new).add(part);
    }
    Dataset<Row> accepted = WarehouseTables.readAt(spark, kind, written);
    List<Row> duplicates = IngestTransforms.mayRepeatIds(accepted, kind.idColumn())
        ? IngestTransforms.laterDuplicates(accepted, kind.idColumn()).collectAsList() : List.of();
    Dataset<Row> later = spark.createDataFrame(duplicates, LATER_DUPLICATES);
    for (Row duplicate : duplicates) {
      tallies.get(duplicate.getString(0)).requarantine(ReasonCode.DUPLICATE_ID.name());
    }
    if (!duplicates.isEmpty()) {
      accepted = IngestTransforms.withoutDuplicates(accepted, later);
    }
    writeQuarantine(kind, tasks, reference, tallies, duplicates.isEmpty() ? null : later, quarantine);
    FileTally batch = new FileTally(kind.table());
    tallies.values().forEach(batch::add);
    Map<String, Long> replaced = stageTable(kind, accepted, batch, written, !duplicates.isEmpty(), batchId,
        carried);
    List<FileSummary> summaries = new ArrayList<>();
    for (InputFile input : inputs) {
      FileTally tally = tallies.getOrDefault(input.name(), new FileTally(input.name()));
      summaries.add(new FileSummary(input, tally.accepted() + tally.quarantined(), tally.accepted(),
          tally.quarantined(), replaced.getOrDefault(input.name(), 0L), tally.reasons(), null));
    }
    return summaries;
  }

  /**
   * Replaces the quarantine files of the inputs: the rejected rows, with their original text, of every file that has
   * any, read again from those files only.
   */
  private void writeQuarantine(RecordKind kind, List<ParseTask> tasks, ReferenceData reference,
      Map<String, FileTally> tallies, Dataset<Row> laterDuplicates, QuarantineWriter quarantine) {
    tasks.stream().map(ParseTask::fileName).distinct().forEach(quarantine::clear);
    List<ParseTask> withRejects = tasks.stream()
        .filter(t -> tallies.containsKey(t.fileName()) && tallies.get(t.fileName()).quarantined() > 0).toList();
    if (withRejects.isEmpty()) {
      return;
    }
    Dataset<Row> reparsed = parse(kind, withRejects, reference, null);
    if (laterDuplicates != null) {
      reparsed = IngestTransforms.markDuplicates(reparsed, laterDuplicates);
    }
    quarantine.write(IngestTransforms.quarantined(reparsed).toLocalIterator());
  }

  /**
   * What the parse tasks are: one per file, or, when there are fewer files than cores, a large file cut into parts at
   * record boundaries ({@link FileSplits}), found by one Spark task per such file reading up to its last cut. So one
   * large file (a month added to the history, a year's export) is not parsed on one core while the others wait.
   */
  private List<ParseTask> parseTasks(List<InputFile> inputs) {
    int cores = spark.sparkContext().defaultParallelism();
    long minPart = spark.conf().contains(MIN_PART_BYTES_CONF)
        ? Long.parseLong(spark.conf().get(MIN_PART_BYTES_CONF)) : MIN_PART_BYTES;
    int partsPerFile = (cores + inputs.size() - 1) / inputs.size();
    List<ToCut> toCut = new ArrayList<>();
    for (InputFile input : inputs) {
      int parts = (int) Math.min(partsPerFile, input.sizeBytes() / minPart);
      toCut.add(new ToCut(input.parseTask(), input.sizeBytes(), Math.max(1, parts)));
    }
    if (toCut.stream().allMatch(c -> c.parts() == 1)) {
      return toCut.stream().map(ToCut::task).toList();
    }
    SerializableConfiguration conf = new SerializableConfiguration(spark.sparkContext().hadoopConfiguration());
    List<List<ParseTask>> cut = JavaSparkContext.fromSparkContext(spark.sparkContext())
        .parallelize(toCut, toCut.size())
        .map(c -> c.cut(conf))
        .collect();
    List<ParseTask> tasks = cut.stream().flatMap(List::stream).toList();
    LOG.info("{} file(s) read in {} parts", inputs.size(), tasks.size());
    return tasks;
  }

  /** A file to cut into about {@code parts} parts ({@link FileSplits}), on an executor: one part needs no reading. */
  private record ToCut(ParseTask task, long size, int parts) implements Serializable {
    List<ParseTask> cut(SerializableConfiguration conf) throws IOException {
      if (parts < 2) {
        return List.of(task);
      }
      Path path = new Path(task.path());
      try (InputStream in = path.getFileSystem(conf.value()).open(path)) {
        return FileSplits.cut(in, size, task.headerWidth(), parts).stream().map(task::part).toList();
      }
    }
  }

  /**
   * Parses the files into rows (see {@link IngestSchemas#parsed}), one Spark task per parse task: records may span
   * lines, so a file is read whole or in parts cut at record boundaries. With {@code tallies}, this is the pass that
   * counts: rows read feed the progress display, and each part's tally is sent when the part has been read.
   */
  private Dataset<Row> parse(RecordKind kind, List<ParseTask> tasks, ReferenceData reference,
      CollectionAccumulator<FileTally> tallies) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    LongAccumulator rowsRead = spark.sparkContext()
        .longAccumulator(tallies != null ? ROWS_READ_ACCUMULATOR : ROWS_READ_AGAIN_ACCUMULATOR);
    SerializableConfiguration conf = new SerializableConfiguration(spark.sparkContext().hadoopConfiguration());
    JavaRDD<Row> rows = jsc.parallelize(tasks, tasks.size())
        .flatMap(new FileParser(kind, reference, conf, rowsRead, tallies));
    return spark.createDataFrame(rows, IngestSchemas.parsed(kind));
  }

  /**
   * Puts the table's next version in staging and returns how many existing records each file replaced. With no such
   * table yet and no duplicates, the written accepted rows are that version (a rename). An undated table (small) is
   * written again whole, new records replacing old by id. A dated table is rewritten only in the months the batch
   * touches, those its rows fall in and those holding a record it replaces; every other month of the live table is
   * carried into the new version by the commit, unchanged ({@link Warehouse#commit(String, List, Map)}). So a batch
   * that adds a month writes that month, not the history.
   *
   * <p>Only existing ids between the least and greatest incoming id can be replaced, so the scan of the existing ids
   * is given that range: Parquet's statistics then skip every file and row group outside it. Ids that grow with time,
   * as most declaration numbers do, leave the months before the batch unread.
   */
  private Map<String, Long> stageTable(RecordKind kind, Dataset<Row> accepted, FileTally incoming, Path written,
      boolean deduplicated, String batchId, Map<String, List<String>> carried) {
    Path staged = warehouse.stagedTable(batchId, kind.table());
    Map<String, Long> replaced = new HashMap<>();
    if (!warehouse.hasTable(kind.table())) {
      if (deduplicated) {
        WarehouseTables.write(accepted, kind, staged);
      } else {
        files.rename(written, staged);
      }
      return replaced;
    }
    Dataset<Row> existing = WarehouseTables.read(spark, warehouse, kind);
    Set<List<Integer>> touched = new LinkedHashSet<>();
    boolean smallIncoming = incoming.accepted() <= BROADCAST_INCOMING_ROWS;
    Dataset<Row> candidates = incoming.minId() == null ? existing.limit(0)
        : existing.filter(col(kind.idColumn()).between(incoming.minId(), incoming.maxId()));
    for (Row row : IngestTransforms.replacements(candidates, accepted, kind.idColumn(), smallIncoming)
        .collectAsList()) {
      replaced.merge(row.getString(0), row.getLong(3), Long::sum);
      if (kind.isDated()) {
        touched.add(List.of(row.getInt(1), row.getInt(2)));
      }
    }
    if (!kind.isDated()) {
      WarehouseTables.write(IngestTransforms.replaceById(existing, accepted, kind.idColumn()), kind, staged);
      return replaced;
    }
    boolean replacesNothing = touched.isEmpty();
    for (Row row : accepted.select(IngestSchemas.YEAR, IngestSchemas.MONTH).distinct().collectAsList()) {
      touched.add(List.of(row.getInt(0), row.getInt(1)));
    }
    List<String> live = warehouse.partitions(kind.table());
    List<String> rewritten = touched.stream().map(IngestJob::partitionPath).toList();
    if (replacesNothing && !deduplicated && rewritten.stream().noneMatch(live::contains)) {
      files.rename(written, staged); // only new months, nothing replaced: the written rows are those months
    } else {
      Column inTouched = lit(false);
      for (List<Integer> month : touched) {
        inTouched = inTouched.or(col(IngestSchemas.YEAR).equalTo(month.get(0))
            .and(col(IngestSchemas.MONTH).equalTo(month.get(1))));
      }
      WarehouseTables.write(IngestTransforms.replaceById(existing.filter(inTouched), accepted, kind.idColumn()),
          kind, staged);
    }
    carried.put(kind.table(), live.stream().filter(p -> !rewritten.contains(p)).toList());
    LOG.info("{}: {} month(s) written, {} carried over unchanged", kind.table(), rewritten.size(),
        carried.get(kind.table()).size());
    return replaced;
  }

  /** A month's partition folder as Spark writes it: {@code year=2024/month=3}. */
  private static String partitionPath(List<Integer> month) {
    return IngestSchemas.YEAR + "=" + month.get(0) + "/" + IngestSchemas.MONTH + "=" + month.get(1);
  }

  private void stageBatchLog(String batchId, List<FileSummary> summaries, BatchLog.Known logged) {
    String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    new BatchLog(spark, warehouse).withBatch(batchId, now, config.codeVersion(), summaries, logged)
        .orderBy(BatchLog.INGESTED_AT, BatchLog.SOURCE_FILE)
        .coalesce(1)
        .write()
        .parquet(warehouse.stagedTable(batchId, Warehouse.BATCH_LOG).toString());
  }

  /** Every record table's rows, counted in one query: a Spark job per table cost more than its counting. */
  private Map<String, Long> tableRows() {
    Dataset<Row> counts = null;
    for (RecordKind kind : RecordKind.values()) {
      Dataset<Row> count = WarehouseTables.read(spark, warehouse, kind)
          .agg(count(lit(1)).as("rows"))
          .select(lit(kind.table()).as("table"), col("rows"));
      counts = counts == null ? count : counts.unionAll(count);
    }
    Map<String, Long> counted = new HashMap<>();
    for (Row row : counts.collectAsList()) {
      counted.put(row.getString(0), row.getLong(1));
    }
    Map<String, Long> rows = new LinkedHashMap<>();
    for (RecordKind kind : RecordKind.values()) {
      rows.put(kind.table(), counted.get(kind.table()));
    }
    return rows;
  }

  /** The same files give the same batch id, so that re-running an input reproduces the same warehouse. */
  private static String batchId(List<InputFile> files) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (InputFile file : files) {
        digest.update(file.sha256().getBytes(StandardCharsets.US_ASCII));
      }
      return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

}
