package org.wastetrail.jobs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.wastetrail.jobs.reference.ReferenceLoader;
import org.wastetrail.jobs.trade.OwidTradeImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code wastetrail import-owid-trade}: OWID's plastic waste trade file as a trade_baseline input. */
@Command(
    name = "import-owid-trade",
    mixinStandardHelpOptions = true,
    description = {
      "Converts Our World in Data's plastic waste trade file (UN Comtrade, HS 3915, by country",
      "and year) into a trade_baseline input for ingest: countries by ISO code, aggregates",
      "(World, continents, income groups) left out, blank cells kept blank. Names that match no",
      "country are listed."
    })
public final class ImportOwidTradeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "OWID's plastic-waste-trade.csv.")
  Path file;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Input folder to write " + OwidTradeImport.OUTPUT_FILE + " into (created if missing).")
  Path out;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(file)) {
      throw new ParameterException(spec.commandLine(), "no such file: " + file);
    }
    OwidTradeImport.Result result = OwidTradeImport.convert(file, out, ReferenceLoader.shippedCountryNames());
    var printer = spec.commandLine().getOut();
    printer.printf(Locale.ROOT, "Wrote %s: %,d rows for %d countries (%,d blank cells kept blank)%n",
        result.file(), result.rows(), result.countries(), result.gaps());
    printer.printf(Locale.ROOT, "Aggregates left out: %s%n", String.join(", ", result.aggregatesLeftOut()));
    if (!result.unmatched().isEmpty()) {
      printer.printf(Locale.ROOT, "Warning: %d names match no country and were left out: %s%n",
          result.unmatched().size(), String.join(", ", result.unmatched()));
    }
    return ExitCodes.OK;
  }
}
