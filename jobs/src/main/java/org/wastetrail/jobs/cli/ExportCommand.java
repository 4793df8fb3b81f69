package org.wastetrail.jobs.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import org.wastetrail.jobs.export.ExportConfig;
import org.wastetrail.jobs.export.ExportJob;
import org.wastetrail.jobs.export.ExportResult;
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

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "Report-data folder (OUT/data).")
  Path data;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Package folder, outside the data folder.")
  Path out;

  @Option(names = "--min-count", paramLabel = "N", defaultValue = "" + ExportConfig.DEFAULT_MIN_COUNT,
      description = "Smallest record count shown; smaller counts and what is computed from them are suppressed"
          + " (default: ${DEFAULT-VALUE}, at least " + ExportConfig.LOWEST_MIN_COUNT + ").")
  int minCount;

  @Override
  public Integer call() {
    ExportConfig config;
    try {
      config = new ExportConfig(data, out, minCount, Instant.now().truncatedTo(ChronoUnit.SECONDS));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    ExportResult result = new ExportJob(config).run();
    PrintWriter printer = spec.commandLine().getOut();
    for (ExportResult.TableSummary table : result.tables()) {
      printer.printf("%-24s %8d rows %8d cells suppressed%n", table.name(), table.rows(), table.suppressedCells());
    }
    if (!result.notExported().isEmpty()) {
      printer.println("Not exported: " + String.join(", ", result.notExported()) + " (README.md says why)");
    }
    printer.printf("Exchange package (min count %d): %s%n", minCount, result.out());
    printer.flush();
    return ExitCodes.OK;
  }
}
