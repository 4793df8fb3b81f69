package org.wastetrail.jobs.testing;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One local SparkSession for every test of the run: {@code local[2]}, UI off, two shuffle partitions, loopback only,
 * UTC. Tests receive it as a {@link SparkSession} parameter.
 */
public final class SharedSpark implements ParameterResolver {
  private static final String KEY = "wastetrail.spark";

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == SparkSession.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
        .computeIfAbsent(KEY, key -> new Holder(), Holder.class).spark;
  }

  /** Stops the session when the whole test run ends. */
  private static final class Holder implements AutoCloseable {
    private final SparkSession spark = SparkSession.builder()
        .master("local[2]")
        .appName("wastetrail-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.default.parallelism", "2")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.debug.maxToStringFields", "200")
        .getOrCreate();

    @Override
    public void close() {
      spark.stop();
    }
  }
}
