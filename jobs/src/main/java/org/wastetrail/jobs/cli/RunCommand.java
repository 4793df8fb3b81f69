package org.wastetrail.jobs.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.wastetrail.jobs.ingest.IngestConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wastetrail run}: the whole pipeline from an input folder into the output layout of the data contract. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Runs the pipeline: validates the input folder into OUT/warehouse (rejected rows in OUT/quarantine).",
      "Running it again on the same input changes nothing; new or corrected files are added."
    })
final class RunCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--input", required = true, paramLabel = "DIR", description = "Folder with the input CSV files.")
  String input;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Output folder: warehouse/ and quarantine/ are written inside it.")
  String out;

  @Option(names = "--strict", description = "Fail (exit 4) when any row is quarantined; the warehouse is not changed.")
  boolean strict;

  @Option(names = "--master", paramLabel = "URL", defaultValue = SparkSessions.DEFAULT_MASTER,
      description = "Spark master (default: ${DEFAULT-VALUE}).")
  String master;

  @Override
  public Integer call() {
    return runPipeline(spec, input, out, strict, master);
  }

  static int runPipeline(CommandSpec spec, String input, String out, boolean strict, String master) {
    OutputLayout layout = new OutputLayout(out);
    IngestConfig config = new IngestConfig(input, layout.warehouse(), layout.quarantine(), strict,
        VersionProvider.codeVersion());
    return IngestCommand.ingest(spec, config, master);
  }

  /** The folders of a run's output, as the data contract lays them out. */
  record OutputLayout(String out) {
    String warehouse() {
      return Path.of(out).resolve("warehouse").toString();
    }

    String quarantine() {
      return Path.of(out).resolve("quarantine").toString();
    }
  }
}
