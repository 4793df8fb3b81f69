package org.wastetrail.jobs.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The warehouse folder: one Parquet table per folder, and the commit protocol that keeps it whole.
 *
 * <p>A batch writes its new table versions under {@code _staging/BATCH/}. The commit point is the atomic creation of
 * the {@code _COMMIT} marker naming the batch and its tables; the tables are then swapped in by rename (old version
 * to {@code _trash/BATCH/}). Whoever opens the warehouse next finishes a commit whose marker exists (roll forward) and
 * discards staging without a marker (roll back), so a process killed at any moment leaves the previous warehouse or
 * the new one, never a mixture. One writer at a time.
 */
public final class Warehouse {
  public static final String DECLARATIONS = "declarations";
  public static final String SEIZURES = "seizures";
  public static final String LICENCES = "licences";
  public static final String CAMPAIGNS = "campaigns";
  public static final String BATCH_LOG = "batch_log";

  private static final Logger LOG = LoggerFactory.getLogger(Warehouse.class);
  private static final String STAGING = "_staging";
  private static final String TRASH = "_trash";
  private static final String COMMIT_MARKER = "_COMMIT";

  private final HadoopFiles files;
  private final Path root;

  public Warehouse(HadoopFiles files, String location) {
    this.files = files;
    this.root = files.qualify(location);
  }

  public Path root() {
    return root;
  }

  public Path table(String name) {
    return new Path(root, name);
  }

  /** A table exists once a commit has put it in place (Spark writes {@code _SUCCESS} last). */
  public boolean hasTable(String name) {
    return files.exists(new Path(table(name), "_SUCCESS"));
  }

  /** Where a batch writes a table's new version before the commit. */
  public Path stagedTable(String batchId, String name) {
    return new Path(new Path(new Path(root, STAGING), batchId), name);
  }

  /** Finishes or discards whatever an interrupted run left; call before reading or writing. */
  public void recover() {
    if (!files.exists(root)) {
      return;
    }
    Path marker = new Path(root, COMMIT_MARKER);
    if (files.exists(marker)) {
      Commit commit = Commit.parse(files.readText(marker));
      LOG.info("finishing the interrupted commit of batch {}", commit.batchId());
      swapIn(commit);
    }
    files.delete(new Path(root, STAGING));
    files.delete(new Path(root, TRASH));
  }

  /**
   * The partition folders of a table as it stands ({@code year=2024/month=3}, relative to the table), sorted; none for
   * an undated or absent table.
   */
  public List<String> partitions(String table) {
    List<String> partitions = new ArrayList<>();
    for (FileStatus year : files.listDirectories(table(table))) {
      if (year.getPath().getName().startsWith("year=")) {
        for (FileStatus month : files.listDirectories(year.getPath())) {
          partitions.add(year.getPath().getName() + "/" + month.getPath().getName());
        }
      }
    }
    return partitions;
  }

  /** Makes the staged tables of a batch the warehouse's tables. */
  public void commit(String batchId, List<String> tables) {
    commit(batchId, tables, Map.of());
  }

  /**
   * Makes the staged tables of a batch the warehouse's tables, each staged table first receiving the partitions of its
   * live version that the batch left unchanged ({@code carried}, per table: {@link #partitions} paths). They are moved,
   * not copied, and inside the commit: a batch that adds one month rewrites that month only, and a process killed
   * while moving them is finished by the next one like any other commit.
   */
  public void commit(String batchId, List<String> tables, Map<String, List<String>> carried) {
    Commit commit = new Commit(batchId, tables, carried);
    files.writeTextAtomically(new Path(root, COMMIT_MARKER), commit.format());
    CrashPoints.reach("after-commit-marker");
    swapIn(commit);
    files.delete(new Path(root, STAGING));
    files.delete(new Path(root, TRASH));
  }

  /** Throws away a batch's staged tables (nothing of it reaches the warehouse). */
  public void abort(String batchId) {
    files.delete(new Path(new Path(root, STAGING), batchId));
  }

  private void swapIn(Commit commit) {
    for (String table : commit.tables()) {
      Path staged = stagedTable(commit.batchId(), table);
      if (!files.exists(staged)) {
        continue; // already swapped in before the interruption
      }
      Path live = table(table);
      for (String partition : commit.carried().getOrDefault(table, List.of())) {
        Path from = new Path(live, partition);
        Path to = new Path(staged, partition);
        if (files.exists(from) && !files.exists(to)) {
          files.rename(from, to);
          CrashPoints.reach("between-carried-partitions");
        }
      }
      if (files.exists(live)) {
        files.rename(live, new Path(new Path(new Path(root, TRASH), commit.batchId()), table));
        CrashPoints.reach("between-swaps");
      }
      files.rename(staged, live);
    }
    files.delete(new Path(root, COMMIT_MARKER));
  }

  /** The content of the commit marker: the batch, its tables, and the partitions each carries over. */
  private record Commit(String batchId, List<String> tables, Map<String, List<String>> carried) {
    String format() {
      StringBuilder text = new StringBuilder("batch=" + batchId + "\n");
      for (String table : tables) {
        text.append("table=").append(table).append('\n');
      }
      carried.forEach((table, partitions) -> partitions.forEach(
          partition -> text.append("carry=").append(table).append(':').append(partition).append('\n')));
      return text.toString();
    }

    static Commit parse(String text) {
      String batch = null;
      List<String> tables = new ArrayList<>();
      Map<String, List<String>> carried = new LinkedHashMap<>();
      for (String line : text.split("\n")) {
        if (line.startsWith("batch=")) {
          batch = line.substring(6);
        } else if (line.startsWith("table=")) {
          tables.add(line.substring(6));
        } else if (line.startsWith("carry=")) {
          String[] carry = line.substring(6).split(":", 2);
          carried.computeIfAbsent(carry[0], t -> new ArrayList<>()).add(carry[1]);
        }
      }
      if (batch == null) {
        throw new IllegalStateException("unreadable commit marker: " + text);
      }
      return new Commit(batch, tables, carried);
    }
  }
}
