package org.wastetrail.jobs.cli;

import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.wastetrail.jobs.ingest.IngestConfig;
import org.wastetrail.jobs.ingest.IngestJob;
import org.wastetrail.jobs.ingest.IngestResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wastetrail ingest}: validates an input folder into the Parquet warehouse. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Validates an input folder into the Parquet warehouse.",
      "Reads declarations*.csv, seizures*.csv, licences*.csv and campaigns*.csv.",
      "Every row is accepted or quarantined with its reasons (file, line, reason code, message, original text).",
      "A file already ingested (same SHA-256) is skipped; a record id seen again replaces the earlier version.",
      "Reference files in INPUT/reference/ (ports.csv, countries.csv, basel_codes.csv, hs_waste_map.csv) replace the"
          + " shipped ones for this run."
    })
final class IngestCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--input", required = true, paramLabel = "DIR", description = "Folder with the input CSV files.")
  String input;

  @Option(names = "--warehouse", required = true, paramLabel = "DIR",
      description = "Warehouse folder (created if absent).")
  String warehouse;

  @Option(names = "--quarantine", paramLabel = "DIR",
      description = "Where rejected rows go, one <file>.quarantine.csv per input file (default: WAREHOUSE/_quarantine).")
  String quarantine;

  @Option(names = "--strict",
      description = "Fail (exit 4) when any row is quarantined; the quarantine is still written, the warehouse is not"
          + " changed.")
  boolean strict;

  @Mixin SparkOptions spark;

  @Override
  public Integer call() {
    IngestConfig config = new IngestConfig(input, warehouse,
        quarantine != null ? quarantine : warehouse + "/_quarantine", strict, VersionProvider.codeVersion());
    return ingest(spec, config, spark);
  }

  /** Runs an ingest with progress on stderr and the summary on stdout; returns the exit code. */
  static int ingest(CommandSpec spec, IngestConfig config, SparkOptions options) {
    try (SparkSessions.Handle session = SparkSessions.start(options, "ingest")) {
      return ingest(spec, session.spark(), config);
    }
  }

  static int ingest(CommandSpec spec, SparkSession spark, IngestConfig config) {
    IngestResult result;
    try (ProgressReporter progress =
        ProgressReporter.start(spark, IngestJob.ROWS_READ_ACCUMULATOR, spec.commandLine().getErr())) {
      result = new IngestJob(spark, config).run();
    }
    new IngestSummary(spec.commandLine().getOut()).print(result);
    return result.refusedByStrictMode() ? ExitCodes.REJECTED_ROWS : ExitCodes.OK;
  }
}
