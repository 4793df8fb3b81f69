package org.wastetrail.jobs.cli;

import org.apache.spark.sql.SparkSession;

/** Builds the one Spark session of a command. Only commands build and stop sessions. */
final class SparkSessions {
  static final String DEFAULT_MASTER = "local[*]";

  private SparkSessions() {}

  /** A session for one command; closing it stops the session only if this command created it. */
  record Handle(SparkSession spark, boolean owned) implements AutoCloseable {
    @Override
    public void close() {
      if (owned) {
        spark.stop();
      }
    }
  }

  static Handle start(String master, String appName) {
    boolean existed = SparkSession.getDefaultSession().isDefined();
    SparkSession.Builder builder = SparkSession.builder().appName("wastetrail " + appName)
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.ansi.enabled", "true")
        .config("spark.sql.debug.maxToStringFields", "200")
        // Progress reads running tasks' accumulators from executor heartbeats.
        .config("spark.executor.heartbeatInterval", "2s");
    if (master.startsWith("local")) {
      builder.master(master)
          .config("spark.ui.enabled", "false")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.sql.shuffle.partitions",
              String.valueOf(Math.max(4, 2 * Runtime.getRuntime().availableProcessors())));
    } else if (!master.isEmpty()) {
      builder.master(master);
    }
    return new Handle(builder.getOrCreate(), !existed);
  }
}
