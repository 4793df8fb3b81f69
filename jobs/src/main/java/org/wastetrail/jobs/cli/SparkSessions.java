package org.wastetrail.jobs.cli;

import java.util.Map;
import org.apache.spark.sql.SparkSession;

/** Builds the one Spark session of a command. Only commands build and stop sessions. */
final class SparkSessions {
  static final String DEFAULT_MASTER = "local[*]";

  private SparkSessions() {}

  /** A session for one command; closing it stops the session only if this command created it. */
  record Handle(SparkSession spark, boolean owned) implements AutoCloseable {
    /** The master the session runs on, e.g. {@code local[*]} or {@code spark://10.0.0.5:7077}. */
    String master() {
      return spark.sparkContext().master();
    }

    @Override
    public void close() {
      if (owned) {
        spark.stop();
      }
    }
  }

  /**
   * The master is, in order: {@code --master}; the one spark-submit was given (it arrives as the system property
   * {@code spark.master}); {@code local[*]}. Nothing else differs between a laptop and a cluster.
   */
  static String master(String option) {
    if (option != null && !option.isBlank()) {
      return option;
    }
    String submitted = System.getProperty("spark.master");
    return submitted != null && !submitted.isBlank() ? submitted : DEFAULT_MASTER;
  }

  static Handle start(SparkOptions options, String appName) {
    boolean existed = SparkSession.getDefaultSession().isDefined();
    String master = master(options.master);
    SparkSession.Builder builder = SparkSession.builder().appName("wastetrail " + appName).master(master)
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.ansi.enabled", "true")
        .config("spark.sql.debug.maxToStringFields", "200")
        // Progress reads running tasks' accumulators from executor heartbeats.
        .config("spark.executor.heartbeatInterval", "2s");
    if (master.startsWith("local")) {
      builder.config("spark.ui.enabled", "false")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.sql.shuffle.partitions",
              String.valueOf(Math.max(4, 2 * Runtime.getRuntime().availableProcessors())));
    }
    for (Map.Entry<String, String> setting : options.conf.entrySet()) {
      builder.config(setting.getKey(), setting.getValue());
    }
    return new Handle(builder.getOrCreate(), !existed);
  }
}
