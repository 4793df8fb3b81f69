package org.wastetrail.jobs.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.wastetrail.jobs.analyze.AnalyzeConfig;
import org.wastetrail.jobs.analyze.AnalyzeJob;
import org.wastetrail.jobs.analyze.AnalyzeResult;
import org.wastetrail.jobs.ingest.IngestConfig;
import org.wastetrail.jobs.io.LocalStaging;
import org.wastetrail.reports.ReportRunner;
import org.wastetrail.reports.index.ReportIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code wastetrail run}: the whole pipeline from an input folder into the output layout of the data contract. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Runs the whole pipeline: ingest, analyze, the trend report and an operation review of every campaign.",
      "Validates the input folder into OUT/warehouse (rejected rows in OUT/quarantine), computes the report-data",
      "tables into OUT/data (see analyze --help), and renders the trend report of the latest complete quarter and an",
      "operation review of every campaign in the data into OUT/reports (HTML, PDF, charts, index.html).",
      "Running it again on the same input changes nothing; new or corrected files are added."
    })
final class RunCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--input", required = true, paramLabel = "DIR", description = "Folder with the input CSV files.")
  String input;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Output folder: warehouse/, quarantine/, data/ and reports/ are written inside it.")
  String out;

  @Option(names = "--strict", description = "Fail (exit 4) when any row is quarantined; the warehouse is not changed.")
  boolean strict;

  @Mixin AnalyzeCommand.AnalysisOptions analysis;

  @Option(names = "--report-lang", paramLabel = "LANG", split = ",", defaultValue = "en",
      description = "Languages of the trend report, comma-separated: en, zh-CN (default: ${DEFAULT-VALUE}).")
  List<String> reportLanguages;

  @Option(names = "--marking", paramLabel = "TEXT", description = "Handling marking of the reports (see report --help).")
  String marking;

  @Mixin SparkOptions spark;

  @Override
  public Integer call() {
    return runPipeline(spec, input, out, strict, spark, analysis, reportLanguages, marking);
  }

  /** Ingest, analyze, then render the trend report and the operation reviews; a refused or failed ingest stops the run with its exit code. */
  static int runPipeline(CommandSpec spec, String input, String out, boolean strict, SparkOptions sparkOptions,
      AnalyzeCommand.AnalysisOptions analysis, List<String> languages, String marking) {
    for (String lang : languages) {
      if (!ReportCommand.LANGUAGES.contains(lang)) {
        throw new ParameterException(spec.commandLine(), "--report-lang takes " + ReportCommand.LANGUAGES + ", not '"
            + lang + "'");
      }
    }
    OutputLayout layout = new OutputLayout(out);
    IngestConfig ingest = new IngestConfig(input, layout.warehouse(), layout.quarantine(), strict,
        VersionProvider.codeVersion());
    Stopwatch time = new Stopwatch();
    try (SparkSessions.Handle session = SparkSessions.start(sparkOptions, "run")) {
      time.lap("start");
      AnalyzeConfig analyze = analysis.config(spec, layout.warehouse(), out, Map.of("input", input,
          "strict", String.valueOf(strict), "master", session.master()));
      int exit = IngestCommand.ingest(spec, session.spark(), ingest);
      if (exit != ExitCodes.OK) {
        return exit;
      }
      time.lap("ingest");
      spec.commandLine().getOut().println();
      AnalyzeResult analysed = new AnalyzeJob(session.spark(), analyze).run();
      time.lap("analyze");
      AnalyzeCommand.print(spec.commandLine().getOut(), analysed);
      spec.commandLine().getOut().println();
      if (analysed.firstDate() == null) {
        spec.commandLine().getOut().println("No records, so no report.");
      } else {
        renderReports(spec, session.spark().sparkContext().hadoopConfiguration(), layout, languages, marking);
        time.lap("reports");
      }
      spec.commandLine().getOut().println(time);
      return ExitCodes.OK;
    }
  }

  /** Where a run's time went, printed last: {@code Time: 61.2 s (start 2.1 s, ingest 20.3 s, ...)}. */
  static final class Stopwatch {
    private final long started = System.nanoTime();
    private long last = started;
    private final StringBuilder laps = new StringBuilder();

    void lap(String name) {
      long now = System.nanoTime();
      laps.append(laps.isEmpty() ? "" : ", ").append(name).append(' ').append(seconds(now - last));
      last = now;
    }

    private static String seconds(long nanos) {
      return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    @Override
    public String toString() {
      return "Time: " + seconds(last - started) + " (" + laps + ")";
    }
  }

  /** Renders on the driver; report data on HDFS or S3 is copied down first and the reports copied up after. */
  private static void renderReports(CommandSpec spec, Configuration conf, OutputLayout layout, List<String> languages,
      String marking) {
    try (LocalStaging staging = new LocalStaging(conf)) {
      java.nio.file.Path reports = staging.output(layout.reports(), ReportIndex.FILE);
      ReportRunner runner = new ReportRunner(staging.input(layout.data()), reports);
      renderReports(spec, runner, layout.reports(), languages, marking);
      staging.publish();
    }
  }

  private static void renderReports(CommandSpec spec, ReportRunner runner, String reports, List<String> languages,
      String marking) {
    // The trend report, an operation review of every campaign in the data and the targeting report (when the data
    // holds its tables), in each language, drawn in parallel: rendering is CPU-bound and the runner is thread-safe.
    List<Supplier<ReportIndex.Entry>> jobs = new ArrayList<>();
    boolean targeting = runner.hasTargetingData();
    String annual = runner.annualWithTrade();
    for (String lang : languages) {
      Locale locale = Locale.forLanguageTag(lang);
      jobs.add(() -> runner.trend(null, locale, marking));
      if (annual != null) {
        jobs.add(() -> runner.trend(annual, locale, marking));
      }
      for (String campaign : runner.campaignsInData()) {
        jobs.add(() -> runner.operation(campaign, locale, marking));
      }
      if (targeting) {
        jobs.add(() -> runner.targeting(locale, marking));
      }
    }
    List<ReportIndex.Entry> entries = jobs.parallelStream().map(Supplier::get).toList();
    runner.writeIndex(Locale.forLanguageTag(languages.get(0)), entries);
    ReportCommand.print(spec, runner, reports, entries);
  }

  /** The folders of a run's output, as the data contract lays them out; {@code hdfs://} and {@code s3a://} too. */
  record OutputLayout(String out) {
    String warehouse() {
      return new Path(out, "warehouse").toString();
    }

    String quarantine() {
      return new Path(out, "quarantine").toString();
    }

    String data() {
      return new Path(out, "data").toString();
    }

    String reports() {
      return new Path(out, "reports").toString();
    }
  }
}
