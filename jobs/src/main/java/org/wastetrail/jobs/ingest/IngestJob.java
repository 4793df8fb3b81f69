package org.wastetrail.jobs.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
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
    InputScanner.Scan scan = new InputScanner(files).scan(config.input());
    ReferenceData reference = ReferenceLoader.load(files, scan.folder());
    Map<String, String> known = new BatchLog(spark, warehouse).ingestedHashes();
    List<InputFile> fresh = new ArrayList<>();
    Map<InputFile, String> skipped = new LinkedHashMap<>();
    for (InputFile file : scan.inputs()) {
      String earlier = known.get(file.sha256());
      if (earlier != null) {
        skipped.put(file, earlier);
      } else {
        known.put(file.sha256(), file.name() + " (this batch)");
        fresh.add(file);
      }
    }
    String batchId = batchId(fresh);
    List<FileSummary> summaries = new ArrayList<>();
    skipped.forEach((file, earlier) -> summaries.add(FileSummary.skipped(file, earlier)));
    QuarantineWriter quarantine = new QuarantineWriter(files, files.qualify(config.quarantine()));
    List<String> stagedTables = new ArrayList<>();
    for (RecordKind kind : RecordKind.values()) {
      List<InputFile> ofKind = fresh.stream().filter(f -> f.kind() == kind).toList();
      if (!ofKind.isEmpty()) {
        summaries.addAll(ingestKind(kind, ofKind, reference, batchId, quarantine));
        stagedTables.add(kind.table());
      }
    }
    summaries.sort((a, b) -> a.file().name().compareTo(b.file().name()));
    boolean refused = config.strict() && summaries.stream().anyMatch(s -> s.rowsQuarantined() > 0);
    boolean commit = !fresh.isEmpty() && !refused;
    if (commit) {
      stageBatchLog(batchId, summaries);
      stagedTables.add(Warehouse.BATCH_LOG);
      warehouse.commit(batchId, stagedTables);
    } else {
      warehouse.abort(batchId);
    }
    return new IngestResult(batchId, summaries, scan.ignored(), reference.overriddenFiles(), tableRows(), commit,
        refused, quarantine.folder().toString());
  }

  private List<FileSummary> ingestKind(
      RecordKind kind, List<InputFile> inputs, ReferenceData reference, String batchId, QuarantineWriter quarantine) {
    LOG.info("ingesting {} file(s) of {}", inputs.size(), kind.table());
    Dataset<Row> parsed = parse(kind, inputs, reference).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> repeated = IngestTransforms.repeatedIds(parsed, kind.idColumn()).cache();
    if (!repeated.isEmpty()) {
      Dataset<Row> deduplicated = IngestTransforms.rejectDuplicateIds(parsed, repeated, kind.idColumn())
          .persist(StorageLevel.MEMORY_AND_DISK());
      parsed.unpersist();
      parsed = deduplicated;
    }
    repeated.unpersist();
    try {
      Map<String, long[]> counts = new HashMap<>();
      Map<String, Map<String, Long>> reasons = new HashMap<>();
      countRows(parsed, counts, reasons);
      for (InputFile input : inputs) {
        quarantine.clear(input.name());
      }
      quarantine.write(IngestTransforms.quarantined(parsed).toLocalIterator());
      Dataset<Row> accepted = IngestTransforms.accepted(parsed, kind, batchId);
      Map<String, Long> replaced = stageTable(kind, accepted, batchId);
      List<FileSummary> summaries = new ArrayList<>();
      for (InputFile input : inputs) {
        long[] c = counts.getOrDefault(input.name(), new long[2]);
        summaries.add(new FileSummary(input, c[0] + c[1], c[0], c[1], replaced.getOrDefault(input.name(), 0L),
            reasons.getOrDefault(input.name(), Map.of()), null));
      }
      return summaries;
    } finally {
      parsed.unpersist();
    }
  }

  private Dataset<Row> parse(RecordKind kind, List<InputFile> inputs, ReferenceData reference) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    LongAccumulator rowsRead = spark.sparkContext().longAccumulator(ROWS_READ_ACCUMULATOR);
    SerializableConfiguration conf = new SerializableConfiguration(spark.sparkContext().hadoopConfiguration());
    // One partition per file: records may span lines, so a file is read whole by one task.
    JavaRDD<Row> rows = jsc.parallelize(inputs.stream().map(InputFile::parseTask).toList(), inputs.size())
        .flatMap(new FileParser(kind, reference, conf, rowsRead));
    return spark.createDataFrame(rows, IngestSchemas.parsed(kind));
  }

  /** Fills accepted/quarantined counts per file ({@code [accepted, quarantined]}) and per-reason counts. */
  private static void countRows(Dataset<Row> parsed, Map<String, long[]> counts, Map<String, Map<String, Long>> reasons) {
    for (Row row : IngestTransforms.countByFileAndReason(parsed).collectAsList()) {
      String file = row.getString(0);
      String codes = row.isNullAt(1) ? null : row.getString(1);
      long n = row.getLong(2);
      long[] c = counts.computeIfAbsent(file, f -> new long[2]);
      if (codes == null) {
        c[0] += n;
        continue;
      }
      c[1] += n;
      for (String code : codes.split(";")) {
        reasons.computeIfAbsent(file, f -> new HashMap<>()).merge(code, n, Long::sum);
      }
    }
  }

  /** Writes the table's next version to staging; returns how many records each file replaced. */
  private Map<String, Long> stageTable(RecordKind kind, Dataset<Row> accepted, String batchId) {
    Dataset<Row> next = accepted;
    Map<String, Long> replaced = new HashMap<>();
    if (warehouse.hasTable(kind.table())) {
      Dataset<Row> existing = WarehouseTables.read(spark, warehouse, kind);
      for (Row row : IngestTransforms.replacedByFile(existing, accepted, kind.idColumn()).collectAsList()) {
        replaced.put(row.getString(0), row.getLong(1));
      }
      next = IngestTransforms.replaceById(existing, accepted, kind.idColumn());
    }
    WarehouseTables.write(next, kind, warehouse.stagedTable(batchId, kind.table()));
    return replaced;
  }

  private void stageBatchLog(String batchId, List<FileSummary> summaries) {
    String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    new BatchLog(spark, warehouse).withBatch(batchId, now, config.codeVersion(), summaries)
        .orderBy(BatchLog.INGESTED_AT, BatchLog.SOURCE_FILE)
        .coalesce(1)
        .write()
        .parquet(warehouse.stagedTable(batchId, Warehouse.BATCH_LOG).toString());
  }

  private Map<String, Long> tableRows() {
    Map<String, Long> rows = new LinkedHashMap<>();
    for (RecordKind kind : RecordKind.values()) {
      rows.put(kind.table(), WarehouseTables.read(spark, warehouse, kind).count());
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
