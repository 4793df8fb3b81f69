package org.wastetrail.jobs.io;

import java.util.ArrayList;
import java.util.List;
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

  /** Makes the staged tables of a batch the warehouse's tables. */
  public void commit(String batchId, List<String> tables) {
    Commit commit = new Commit(batchId, tables);
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
      if (files.exists(live)) {
        files.rename(live, new Path(new Path(new Path(root, TRASH), commit.batchId()), table));
        CrashPoints.reach("between-swaps");
      }
      files.rename(staged, live);
    }
    files.delete(new Path(root, COMMIT_MARKER));
  }

  /** The content of the commit marker. */
  private record Commit(String batchId, List<String> tables) {
    String format() {
      StringBuilder text = new StringBuilder("batch=" + batchId + "\n");
      for (String table : tables) {
        text.append("table=").append(table).append('\n');
      }
      return text.toString();
    }

    static Commit parse(String text) {
      String batch = null;
      List<String> tables = new ArrayList<>();
      for (String line : text.split("\n")) {
        if (line.startsWith("batch=")) {
          batch = line.substring(6);
        } else if (line.startsWith("table=")) {
          tables.add(line.substring(6));
        }
      }
      if (batch == null) {
        throw new IllegalStateException("unreadable commit marker: " + text);
      }
      return new Commit(batch, tables);
    }
  }
}
