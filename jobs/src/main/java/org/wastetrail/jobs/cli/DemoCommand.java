package org.wastetrail.jobs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import org.wastetrail.jobs.export.ExportConfig;
import org.wastetrail.jobs.export.ExportJob;
import org.wastetrail.jobs.io.InputException;
import org.wastetrail.jobs.io.LocalStaging;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code wastetrail demo}: {@code run} on the bundled sample data. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Runs the whole pipeline on the bundled sample-data/ into ./out (reports in English and Chinese),"
        + " writes the exchange package into ./out/export and says where to look.")
final class DemoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
      description = "Output folder (default: ${DEFAULT-VALUE}).")
  String out;

  @Mixin AnalyzeCommand.AnalysisOptions analysis;

  @Mixin SparkOptions spark;

  @Override
  public Integer call() {
    if (!LocalStaging.isLocal(out)) {
      throw new ParameterException(spec.commandLine(), "demo writes to a folder on this machine; for HDFS or S3 use:"
          + " wastetrail run --input DIR --out " + out);
    }
    Path sampleData = Path.of(System.getProperty("wastetrail.home", ".")).resolve("sample-data");
    if (!Files.isDirectory(sampleData)) {
      throw new InputException("the bundled sample data is not at " + sampleData.toAbsolutePath()
          + "; run the demo from the project folder, or use: wastetrail run --input DIR --out DIR");
    }
    spec.commandLine().getOut().println("Running the pipeline on " + sampleData + " into " + out + " ...");
    int exit = RunCommand.runPipeline(spec, sampleData.toString(), out, false, spark, analysis,
        ReportCommand.LANGUAGES, null);
    if (exit == ExitCodes.OK) {
      RunCommand.OutputLayout layout = new RunCommand.OutputLayout(out);
      Path exchange = Path.of(out).resolve("export");
      new ExportJob(new ExportConfig(Path.of(layout.data()), exchange, ExportConfig.DEFAULT_MIN_COUNT,
          Instant.now().truncatedTo(ChronoUnit.SECONDS))).run();
      spec.commandLine().getOut().printf(
          "%nWhere to look:%n  reports:              %s%n  report data (CSV):    %s%n  warehouse (Parquet):  %s%n"
              + "  rejected rows:        %s%n  exchange package:     %s (wastetrail export: no trader ids, small"
              + " cells suppressed)%n",
          Path.of(layout.reports()).resolve("index.html"), layout.data(), layout.warehouse(), layout.quarantine(),
          exchange);
    }
    return exit;
  }
}
