package org.wastetrail.jobs.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.wastetrail.jobs.io.LocalStaging;
import org.wastetrail.reports.ReportRunner;
import org.wastetrail.reports.index.ReportIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code wastetrail report}: renders a report from the report-data folder, without Spark. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Renders a report from the report data, without Spark: the periodic trend report, an operation review of one",
      "campaign, two or three campaigns compared, or the targeting report for planners.",
      "Writes a self-contained HTML file and an A4 PDF, its charts as SVG and PNG, and updates index.html in the",
      "reports folder."
    })
final class ReportCommand implements Callable<Integer> {
  static final List<String> LANGUAGES = List.of("en", "zh-CN");
  static final List<String> TYPES =
      List.of(ReportRunner.TREND, ReportRunner.OPERATION, ReportRunner.COMPARE, ReportRunner.TARGETING);

  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "DIR",
      description = "Report-data folder (OUT/data); a local folder, file:, hdfs: or s3a:.")
  String data;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Reports folder (OUT/reports); a local folder, file:, hdfs: or s3a:.")
  String out;

  @Option(names = "--type", paramLabel = "TYPE", defaultValue = "trend",
      description = "trend, operation, compare or targeting (default: ${DEFAULT-VALUE}).")
  String type;

  @Option(names = "--period", paramLabel = "PERIOD",
      description = "Trend report: 2024-Q3, 2024-09 or 2024 (default: the latest complete quarter of the data).")
  String period;

  @Option(names = "--campaign", paramLabel = "ID", description = "Operation review: the campaign, e.g. DEMETER-IX.")
  String campaign;

  @Option(names = "--campaigns", paramLabel = "ID", split = ",",
      description = "Comparison: two or three campaigns, comma-separated, e.g. DEMETER-VIII,DEMETER-IX.")
  List<String> campaigns;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "en or zh-CN (default: en).")
  String lang;

  @Option(names = "--marking", paramLabel = "TEXT",
      description = "Handling marking on every page (default: OFFICIAL – LAW ENFORCEMENT SENSITIVE, in the report's"
          + " language).")
  String marking;

  @Override
  public Integer call() {
    if (!LANGUAGES.contains(lang)) {
      throw new ParameterException(spec.commandLine(), "--lang must be one of " + LANGUAGES + ", not '" + lang + "'");
    }
    checkOptions();
    Locale locale = Locale.forLanguageTag(lang);
    try (LocalStaging staging = new LocalStaging(new Configuration())) {
      ReportRunner runner = new ReportRunner(staging.input(data), staging.output(out, ReportIndex.FILE));
      ReportIndex.Entry entry = switch (type) {
        case ReportRunner.OPERATION -> runner.operation(campaign, locale, marking);
        case ReportRunner.COMPARE -> runner.compare(campaigns, locale, marking);
        case ReportRunner.TARGETING -> runner.targeting(locale, marking);
        default -> runner.trend(period, locale, marking);
      };
      runner.writeIndex(Locale.forLanguageTag(lang), List.of(entry));
      staging.publish();
      print(spec, runner, out, List.of(entry));
      return ExitCodes.OK;
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** Each report type takes its own options and no other's. */
  private void checkOptions() {
    if (!TYPES.contains(type)) {
      throw new ParameterException(spec.commandLine(), "--type must be one of " + TYPES + ", not '" + type + "'");
    }
    if (type.equals(ReportRunner.OPERATION) && campaign == null) {
      throw new ParameterException(spec.commandLine(), "--type operation needs --campaign ID");
    }
    if (type.equals(ReportRunner.COMPARE) && campaigns == null) {
      throw new ParameterException(spec.commandLine(), "--type compare needs --campaigns A,B[,C]");
    }
    if (period != null && !type.equals(ReportRunner.TREND)) {
      throw new ParameterException(spec.commandLine(), "--period is for --type trend; an operation's window is its own"
          + " and the targeting report speaks for the data's as-of date");
    }
    if (campaign != null && !type.equals(ReportRunner.OPERATION)) {
      throw new ParameterException(spec.commandLine(), "--campaign is for --type operation");
    }
    if (campaigns != null && !type.equals(ReportRunner.COMPARE)) {
      throw new ParameterException(spec.commandLine(), "--campaigns is for --type compare");
    }
  }

  /** Lists the reports written, with their paths in {@code out} as the user gave it. */
  static void print(CommandSpec spec, ReportRunner runner, String out, List<ReportIndex.Entry> entries) {
    runner.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
    for (ReportIndex.Entry e : entries) {
      spec.commandLine().getOut().printf("%s, %s (%s): %s and %s%n", e.title(), e.periodName(), e.lang(),
          new Path(out, e.html()), new Path(out, e.pdf()));
    }
    spec.commandLine().getOut().println("Index of reports: " + new Path(out, "index.html"));
    spec.commandLine().getOut().flush();
  }
}
