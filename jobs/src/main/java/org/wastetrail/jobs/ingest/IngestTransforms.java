package org.wastetrail.jobs.ingest;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;
import static org.wastetrail.jobs.ingest.IngestSchemas.FILE;
import static org.wastetrail.jobs.ingest.IngestSchemas.LINE;
import static org.wastetrail.jobs.ingest.IngestSchemas.REASON_CODE;
import static org.wastetrail.jobs.ingest.IngestSchemas.REASON_MESSAGE;
import static org.wastetrail.jobs.ingest.IngestSchemas.SOURCE_FILE;
import static org.wastetrail.jobs.ingest.IngestSchemas.SOURCE_LINE;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import scala.jdk.javaapi.CollectionConverters;

/** The pure steps of ingest: no reading, writing or collecting here. */
public final class IngestTransforms {
  private static final String RANK = "_rank";
  private static final String FIRST_FILE = "_first_file";
  private static final String FIRST_LINE = "_first_line";
  private static final String DUPLICATE_MESSAGE = "_duplicate_message";

  private IngestTransforms() {}

  public static Column isAccepted() {
    return col(REASON_CODE).isNull();
  }

  /**
   * Whether the accepted rows may hold an id more than once: ids are grouped by their 64-bit hash, so that the usual
   * answer (no) costs a shuffle of longs, not of ids. A hash collision only sends the batch to the exact check,
   * {@link #laterDuplicates}.
   */
  public static boolean mayRepeatIds(Dataset<Row> accepted, String idColumn) {
    return !accepted.groupBy(xxhash64(col(idColumn)).as("_id_hash")).agg(count(lit(1)).as("n"))
        .filter(col("n").gt(1)).isEmpty();
  }

  /**
   * The later occurrences of every id that the accepted rows of a batch hold more than once, in warehouse columns: the
   * first by file name, then line, is kept, and each later one becomes a row ({@code _file}, {@code _line},
   * {@code _reason_message}) naming where the first one is.
   */
  public static Dataset<Row> laterDuplicates(Dataset<Row> accepted, String idColumn) {
    Dataset<Row> repeated = accepted.groupBy(col(idColumn)).agg(count(lit(1)).as("n"))
        .filter(col("n").gt(1)).select(col(idColumn));
    WindowSpec sameId = Window.partitionBy(col(idColumn)).orderBy(col(SOURCE_FILE), col(SOURCE_LINE));
    return accepted.select(col(idColumn), col(SOURCE_FILE), col(SOURCE_LINE))
        .join(repeated, seq(idColumn), "left_semi")
        .withColumn(RANK, row_number().over(sameId))
        .withColumn(FIRST_FILE, first(col(SOURCE_FILE)).over(sameId))
        .withColumn(FIRST_LINE, first(col(SOURCE_LINE)).over(sameId))
        .filter(col(RANK).gt(1))
        .select(col(SOURCE_FILE).as(FILE), col(SOURCE_LINE).as(LINE), concat(lit("field " + idColumn + ": '"),
            col(idColumn), lit("' already appears in "), col(FIRST_FILE), lit(" line "),
            col(FIRST_LINE).cast("string"), lit(" (the first is kept)")).as(REASON_MESSAGE));
  }

  /**
   * The parsed rows with the given later duplicates ({@link #laterDuplicates}) turned into
   * {@link ReasonCode#DUPLICATE_ID} rejections.
   */
  public static Dataset<Row> markDuplicates(Dataset<Row> parsed, Dataset<Row> later) {
    Dataset<Row> marks = later.select(col(FILE), col(LINE), col(REASON_MESSAGE).as(DUPLICATE_MESSAGE));
    Column duplicate = col(DUPLICATE_MESSAGE).isNotNull();
    List<String> keys = List.of(FILE, LINE);
    return parsed.join(broadcast(marks), CollectionConverters.asScala(keys).toSeq(), "left_outer")
        .withColumn(REASON_MESSAGE, when(duplicate, col(DUPLICATE_MESSAGE)).otherwise(col(REASON_MESSAGE)))
        .withColumn(REASON_CODE, when(duplicate, lit(ReasonCode.DUPLICATE_ID.name())).otherwise(col(REASON_CODE)))
        .select(parsed.columns()[0], Arrays.copyOfRange(parsed.columns(), 1, parsed.columns().length));
  }

  /** The accepted rows that are not among the later duplicates ({@link #laterDuplicates}). */
  public static Dataset<Row> withoutDuplicates(Dataset<Row> accepted, Dataset<Row> later) {
    Dataset<Row> drop = later.select(col(FILE).as(SOURCE_FILE), col(LINE).as(SOURCE_LINE));
    return accepted.join(drop, CollectionConverters.asScala(List.of(SOURCE_FILE, SOURCE_LINE)).toSeq(), "left_anti");
  }

  /**
   * The rejected rows in file and line order, as the quarantine shows them: one partition, so that the driver streams
   * them in one job.
   */
  public static Dataset<Row> quarantined(Dataset<Row> parsed) {
    return parsed.filter(isAccepted().unary_$bang())
        .select(col(FILE), col(LINE), col(REASON_CODE), col(REASON_MESSAGE), col(IngestSchemas.RAW))
        .repartition(1)
        .sortWithinPartitions(col(FILE), col(LINE));
  }

  /** The accepted rows in the warehouse's columns. */
  public static Dataset<Row> accepted(Dataset<Row> parsed, RecordKind kind, String batchId) {
    return parsed.filter(isAccepted()).select(IngestSchemas.warehouseColumns(kind, batchId).toArray(Column[]::new));
  }

  /**
   * Where the incoming records replace existing ones: per incoming file and existing (year, month) partition, how many
   * records. One scan of the existing ids; empty when nothing is replaced (a new month, the usual case).
   *
   * @param smallIncoming whether the incoming ids are few enough to send whole to every task ({@code broadcast}): the
   *     existing ids are then probed where they are read, not shuffled by id. Spark cannot know this before the join,
   *     so a month added to years of history would otherwise shuffle all of it.
   */
  public static Dataset<Row> replacements(Dataset<Row> existing, Dataset<Row> incoming, String idColumn,
      boolean smallIncoming) {
    // An undated table (licences, campaigns, trade figures) has no partitions: its rows all count as month 0 of 0.
    boolean dated = List.of(existing.columns()).contains(IngestSchemas.YEAR);
    Column year = dated ? col(IngestSchemas.YEAR) : lit(0);
    Column month = dated ? col(IngestSchemas.MONTH) : lit(0);
    Dataset<Row> incomingIds = incoming.select(col(idColumn), col(SOURCE_FILE));
    return (smallIncoming ? broadcast(incomingIds) : incomingIds)
        .join(existing.select(col(idColumn), year.as("_year"), month.as("_month")), seq(idColumn))
        .groupBy(col(SOURCE_FILE), col("_year"), col("_month"))
        .agg(count(lit(1)).as("rows"));
  }

  /** The existing table with every record whose id arrives again replaced by its new version. */
  public static Dataset<Row> replaceById(Dataset<Row> existing, Dataset<Row> incoming, String idColumn) {
    return existing.join(incoming.select(col(idColumn)), seq(idColumn), "left_anti")
        .unionByName(incoming, true);
  }

  private static scala.collection.immutable.Seq<String> seq(String column) {
    return CollectionConverters.asScala(List.of(column)).toSeq();
  }
}
