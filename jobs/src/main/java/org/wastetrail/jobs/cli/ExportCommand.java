package org.wastetrail.jobs.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.wastetrail.jobs.export.ExportConfig;
import org.wastetrail.jobs.export.ExportJob;
import org.wastetrail.jobs.export.ExportResult;
import org.wastetrail.jobs.io.HadoopFiles;
import org.wastetrail.jobs.io.LocalStaging;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code wastetrail export}: a non-nominal exchange package of the report data, without Spark. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Writes a non-nominal exchange package of the report data for other administrations and environmental",
      "authorities: no trader ids, licence ids or free text; figures from fewer than --min-count records",
      "suppressed and marked; each table as CSV and JSON, with a README of the columns and export.json."
    })
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "DIR",
      description = "Report-data folder (OUT/data); a local folder, file:, hdfs: or s3a:.")
  String data;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Package folder, outside the data folder; a local folder, file:, hdfs: or s3a:.")
  String out;

  @Option(names = "--min-count", paramLabel = "N", defaultValue = "" + ExportConfig.DEFAULT_MIN_COUNT,
      description = "Smallest record count shown; smaller counts and what is computed from them are suppressed"
          + " (default: ${DEFAULT-VALUE}, at least " + ExportConfig.LOWEST_MIN_COUNT + ").")
  int minCount;

  @Override
  public Integer call() {
    ExportResult result;
    try (LocalStaging staging = new LocalStaging(new Configuration())) {
      if (!LocalStaging.isLocal(data) || !LocalStaging.isLocal(out)) {
        refuseNesting(staging.conf());
      }
      ExportConfig config;
      try {
        config = new ExportConfig(staging.input(data), staging.output(out), minCount,
            Instant.now().truncatedTo(ChronoUnit.SECONDS));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
      result = new ExportJob(config).run();
      staging.publish();
    }
    PrintWriter printer = spec.commandLine().getOut();
    for (ExportResult.TableSummary table : result.tables()) {
      printer.printf("%-24s %8d rows %8d cells suppressed%n", table.name(), table.rows(), table.suppressedCells());
    }
    if (!result.notExported().isEmpty()) {
      printer.println("Not exported: " + String.join(", ", result.notExported()) + " (README.md says why)");
    }
    printer.printf("Exchange package (min count %d): %s%n", minCount, out);
    printer.flush();
    return ExitCodes.OK;
  }

  /** ExportConfig compares local paths; folders on HDFS or S3 are compared here, fully qualified. */
  private void refuseNesting(Configuration conf) {
    HadoopFiles files = new HadoopFiles(conf);
    String qualifiedData = files.qualify(data).toString();
    String qualifiedOut = files.qualify(out).toString();
    if (qualifiedOut.equals(qualifiedData) || qualifiedOut.startsWith(qualifiedData + "/")) {
      throw new ParameterException(spec.commandLine(), "--out " + out
          + " is the --data folder or inside it; choose a folder outside " + data);
    }
  }
}
