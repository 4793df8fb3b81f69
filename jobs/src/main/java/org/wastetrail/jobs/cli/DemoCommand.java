package org.wastetrail.jobs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.wastetrail.jobs.io.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wastetrail demo}: {@code run} on the bundled sample data. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Runs the whole pipeline on the bundled sample-data/ into ./out (reports in English and Chinese) and"
        + " says where to look.")
final class DemoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
      description = "Output folder (default: ${DEFAULT-VALUE}).")
  String out;

  @Mixin AnalyzeCommand.AnalysisOptions analysis;

  @Option(names = "--master", paramLabel = "URL", defaultValue = SparkSessions.DEFAULT_MASTER,
      description = "Spark master (default: ${DEFAULT-VALUE}).")
  String master;

  @Override
  public Integer call() {
    Path sampleData = Path.of(System.getProperty("wastetrail.home", ".")).resolve("sample-data");
    if (!Files.isDirectory(sampleData)) {
      throw new InputException("the bundled sample data is not at " + sampleData.toAbsolutePath()
          + "; run the demo from the project folder, or use: wastetrail run --input DIR --out DIR");
    }
    spec.commandLine().getOut().println("Running the pipeline on " + sampleData + " into " + out + " ...");
    int exit = RunCommand.runPipeline(spec, sampleData.toString(), out, false, master, analysis,
        ReportCommand.LANGUAGES, null);
    if (exit == ExitCodes.OK) {
      RunCommand.OutputLayout layout = new RunCommand.OutputLayout(out);
      spec.commandLine().getOut().printf(
          "%nWhere to look:%n  reports:              %s%n  report data (CSV):    %s%n  warehouse (Parquet):  %s%n"
              + "  rejected rows:        %s%n",
          Path.of(layout.reports()).resolve("index.html"), layout.data(), layout.warehouse(), layout.quarantine());
    }
    return exit;
  }
}
