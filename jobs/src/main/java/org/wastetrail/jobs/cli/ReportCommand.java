package org.wastetrail.jobs.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
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
      "Renders the periodic trend report from the report data, without Spark.",
      "Writes a self-contained HTML file and an A4 PDF, its charts as SVG and PNG, and updates index.html in the",
      "reports folder."
    })
final class ReportCommand implements Callable<Integer> {
  static final List<String> LANGUAGES = List.of("en", "zh-CN");

  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "Report-data folder (OUT/data).")
  Path data;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Reports folder (OUT/reports).")
  Path out;

  @Option(names = "--period", paramLabel = "PERIOD",
      description = "2024-Q3, 2024-09 or 2024 (default: the latest complete quarter of the data).")
  String period;

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
    ReportRunner runner = new ReportRunner(data, out);
    try {
      ReportIndex.Entry entry = runner.trend(period, Locale.forLanguageTag(lang), marking);
      runner.writeIndex(Locale.forLanguageTag(lang), List.of(entry));
      print(spec, runner, out, List.of(entry));
      return ExitCodes.OK;
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  static void print(CommandSpec spec, ReportRunner runner, Path out, List<ReportIndex.Entry> entries) {
    runner.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
    for (ReportIndex.Entry e : entries) {
      spec.commandLine().getOut().printf("Report %s (%s): %s and %s%n", e.periodName(), e.lang(),
          out.resolve(e.html()), out.resolve(e.pdf()));
    }
    spec.commandLine().getOut().println("Index of reports: " + out.resolve("index.html"));
    spec.commandLine().getOut().flush();
  }
}
