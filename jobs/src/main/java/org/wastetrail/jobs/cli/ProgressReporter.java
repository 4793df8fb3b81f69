package org.wastetrail.jobs.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorMetricsUpdate;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;
import scala.Tuple4;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Shows rows read so far and the rate while a long read runs. Running tasks report the named accumulator in their
 * executors' heartbeats, so progress shows even while one large file is still being read by one task.
 */
final class ProgressReporter extends SparkListener implements AutoCloseable {
  private static final long FIRST_REPORT_MILLIS = 3_000;
  private static final long REPORT_EVERY_MILLIS = 2_000;
  /** Small inputs finish before progress would say anything useful. */
  private static final long MIN_ROWS_TO_REPORT = 50_000;

  private final String accumulatorName;
  private final PrintWriter out;
  private final Map<Long, Long> rowsByTask = new ConcurrentHashMap<>();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread thread = new Thread(r, "wastetrail-progress");
    thread.setDaemon(true);
    return thread;
  });
  private long lastShownNanos;
  private final boolean terminal = System.console() != null;
  private volatile long lastShown = -1;
  private volatile boolean closed;

  private ProgressReporter(String accumulatorName, PrintWriter out) {
    this.accumulatorName = accumulatorName;
    this.out = out;
  }

  static ProgressReporter start(SparkSession spark, String accumulatorName, PrintWriter out) {
    ProgressReporter reporter = new ProgressReporter(accumulatorName, out);
    spark.sparkContext().addSparkListener(reporter);
    reporter.timer.scheduleAtFixedRate(reporter::show, FIRST_REPORT_MILLIS, REPORT_EVERY_MILLIS, TimeUnit.MILLISECONDS);
    return reporter;
  }

  @Override
  public void onExecutorMetricsUpdate(SparkListenerExecutorMetricsUpdate update) {
    for (Tuple4<Object, Object, Object, scala.collection.immutable.Seq<AccumulableInfo>> task
        : CollectionConverters.asJava(update.accumUpdates())) {
      record((Long) task._1(), CollectionConverters.asJava(task._4()));
    }
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
    record(taskEnd.taskInfo().taskId(), CollectionConverters.asJava(taskEnd.taskInfo().accumulables()));
  }

  private void record(long taskId, Iterable<AccumulableInfo> infos) {
    for (AccumulableInfo info : infos) {
      if (info.name().isDefined() && accumulatorName.equals(info.name().get()) && info.update().isDefined()) {
        Object value = info.update().get();
        if (value instanceof Number n) {
          rowsByTask.merge(taskId, n.longValue(), Math::max);
        }
      }
    }
  }

  private void show() {
    long rows = rowsByTask.values().stream().mapToLong(Long::longValue).sum();
    long now = System.nanoTime();
    if (closed || rows <= lastShown || rows < MIN_ROWS_TO_REPORT) {
      return;
    }
    // The rate is that of the last interval: it says how fast reading goes now, not since start-up.
    String rate = lastShown < 0 ? "" : String.format(Locale.ROOT, " (%,.0f rows/s)",
        (rows - lastShown) / Math.max(1e-3, (now - lastShownNanos) / 1e9));
    lastShown = rows;
    lastShownNanos = now;
    String line = String.format(Locale.ROOT, "  reading: %,d rows", rows) + rate;
    synchronized (out) {
      if (terminal) {
        out.print("\r" + line);
      } else {
        out.println(line);
      }
      out.flush();
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    timer.shutdownNow();
    if (terminal && lastShown > 0) {
      synchronized (out) {
        out.println();
      }
    }
  }
}
