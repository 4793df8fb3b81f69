package org.wastetrail.jobs.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.wastetrail.jobs.generate.GenerationSummary;
import org.wastetrail.jobs.generate.GeneratorOptions;
import org.wastetrail.jobs.generate.SampleDataGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code wastetrail generate}: writes a realistic, seeded input folder with known truths planted in it. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Generates realistic sample inputs with known truths planted in them.",
      "Writes declarations and seizures per month, licences and campaigns, from a seed.",
      "The planted signals (seizure spike, emerging route, campaign effect and",
      "displacement, licence breaches, overdue cases, high-risk route and trader,",
      "a trader with one inspection) are listed with exact figures in DIR/truth.json.",
      "The same options always give byte-identical files."
    })
public final class GenerateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write (created if missing).")
  Path out;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "N", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--declarations",
      defaultValue = "50000",
      paramLabel = "N",
      description = {
        "Declarations of the base world, " + GeneratorOptions.MIN_DECLARATIONS + " to "
            + GeneratorOptions.MAX_DECLARATIONS + " (default: ${DEFAULT-VALUE});",
        "planted signals add a few more, listed in truth.json."
      })
  long declarations;

  @Option(names = "--from", defaultValue = "2022-01", paramLabel = "YYYY-MM",
      description = "First month (default: ${DEFAULT-VALUE}).")
  YearMonth from;

  @Option(names = "--to", defaultValue = "2024-12", paramLabel = "YYYY-MM",
      description = "Last month (default: ${DEFAULT-VALUE}); the period must span at least "
          + GeneratorOptions.MIN_MONTHS_WITH_SIGNALS + " months unless --no-signals.")
  YearMonth to;

  @Option(names = "--no-signals", description = "The same world with nothing planted (for false-alarm tests).")
  boolean noSignals;

  @Override
  public Integer call() {
    GeneratorOptions options;
    try {
      options = new GeneratorOptions(out, seed, declarations, from, to, !noSignals);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    long started = System.nanoTime();
    GenerationSummary summary;
    try {
      summary = new SampleDataGenerator(options).run();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    spec.commandLine().getOut().printf(Locale.ROOT,
        "Wrote %d files to %s: %d declarations, %d seizures, %d licences, %d campaigns (%s) in %.1f s%n",
        summary.files(), summary.outDir(), summary.declarations(), summary.seizures(), summary.licences(),
        summary.campaigns(), options.signals() ? "signals listed in truth.json" : "no signals", seconds);
    return ExitCodes.OK;
  }
}
