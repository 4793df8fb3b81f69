package org.wastetrail.jobs.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.wastetrail.jobs.analyze.AnalyzeConfig;
import org.wastetrail.jobs.analyze.AnalyzeJob;
import org.wastetrail.jobs.analyze.AnalyzeResult;
import org.wastetrail.jobs.trends.EmergingRoutes;
import org.wastetrail.jobs.trends.LargestSeizures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code wastetrail analyze}: the report-data tables from the warehouse. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Computes the report-data tables of OUT/data from the warehouse.",
      "kpi_by_period, by_waste_category, by_port and by_route for MONTH, QUARTER and YEAR; trend_changes,",
      "emerging_routes, alerts, the campaign tables, largest_seizures, risk_scores and risk_backtest (targeting),",
      "licence_breaches and licence_usage, repatriation_status and repatriation_summary, data_quality; and",
      "OUT/data/manifest.json."
    })
final class AnalyzeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--warehouse", required = true, paramLabel = "DIR", description = "Warehouse folder.")
  String warehouse;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (tables go to OUT/data).")
  String out;

  @Mixin AnalysisOptions options;

  @Mixin SparkOptions spark;

  @Override
  public Integer call() {
    AnalyzeConfig config = options.config(spec, warehouse, out, Map.of());
    try (SparkSessions.Handle session = SparkSessions.start(spark, "analyze")) {
      print(spec.commandLine().getOut(), new AnalyzeJob(session.spark(), config).run());
      return ExitCodes.OK;
    }
  }

  static void print(PrintWriter out, AnalyzeResult result) {
    if (result.firstDate() == null) {
      out.println("The warehouse holds no declarations or seizures: the tables have headers only.");
    } else {
      out.printf("Analysed records from %s to %s (as of %s).%n", result.firstDate(), result.lastDate(), result.asOf());
    }
    out.println("Report data in " + result.dataFolder() + ":");
    result.tableRows().forEach((table, rows) -> out.printf("  %-30s %,10d rows%n", table + ".csv", rows));
    out.flush();
  }

  /** Options shared by analyze and run. */
  static final class AnalysisOptions {
    @Option(names = "--from", paramLabel = "DATE", description = "First record date to analyse (yyyy-MM-dd).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last record date to analyse (yyyy-MM-dd).")
    LocalDate to;

    @Option(names = "--as-of", paramLabel = "DATE",
        description = "The date the analysis speaks for (default: the last record date).")
    LocalDate asOf;

    @Option(names = "--emerging-lookback", paramLabel = "N", defaultValue = "" + EmergingRoutes.DEFAULT_LOOKBACK,
        description = "Quarters without records before a route counts as emerging (default: ${DEFAULT-VALUE}).")
    int emergingLookback;

    @Option(names = "--against", paramLabel = "ID", split = ",",
        description = "Also compare every later campaign with these campaigns (editions side by side, per"
            + " participating administration per day).")
    List<String> against = List.of();

    @Option(names = "--largest", paramLabel = "N", defaultValue = "" + LargestSeizures.DEFAULT_TOP,
        description = "Largest seizures listed per period (default: ${DEFAULT-VALUE}).")
    int largest;

    @Option(names = "--cut-date", paramLabel = "DATE",
        description = "Backtest of the risk scores: fit before this date, test from it (default: test on the last 12"
            + " months).")
    LocalDate cutDate;

    @Option(names = "--budgets", paramLabel = "SHARE", split = ",", defaultValue = "0.05,0.1,0.2,0.5",
        description = "Backtest inspection budgets as shares of the test period's inspections (default:"
            + " ${DEFAULT-VALUE}).")
    List<Double> budgets;

    @Option(names = "--overdue-days", paramLabel = "N", defaultValue = "" + AnalyzeConfig.Targeting.DEFAULT_OVERDUE_DAYS,
        description = "A seizure pending longer than this many days (as of --as-of) is overdue (default:"
            + " ${DEFAULT-VALUE}).")
    int overdueDays;

    AnalyzeConfig config(CommandSpec spec, String warehouse, String out, Map<String, String> runParameters) {
      try {
        return new AnalyzeConfig(warehouse, out, from, to, asOf, emergingLookback, largest, against,
            new AnalyzeConfig.Targeting(cutDate, budgets, overdueDays), VersionProvider.codeVersion(), runParameters);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
    }
  }
}
