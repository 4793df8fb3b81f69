package org.wastetrail.jobs.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options of every command that starts Spark: where it runs, and Spark settings passed through unchanged. */
final class SparkOptions {
  @Option(names = "--master", paramLabel = "URL",
      description = {"Spark master: local[*] on this machine (the default), local[N], spark://HOST:PORT, yarn or",
        "k8s://https://HOST:PORT. Under spark-submit, its --master is used unless this is given."})
  String master;

  @Option(names = "--conf", paramLabel = "KEY=VALUE",
      description = "A Spark setting, e.g. --conf spark.sql.shuffle.partitions=64 (repeatable).")
  Map<String, String> conf = new LinkedHashMap<>();
}
