package org.wastetrail.jobs.generate;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

/** Writes one month's declarations and seizures files: the base world first, then each signal's additions. */
final class MonthGenerator {

  /** What a month produced: its files with their row counts, and its tally. */
  record MonthResult(YearMonth month, String declarationsFile, long declarations, String seizuresFile, long seizures,
      Tally tally) {}

  private final World world;
  private final List<PlantedSignal> signals;
  private final Path outDir;

  MonthGenerator(World world, List<PlantedSignal> signals, Path outDir) {
    this.world = world;
    this.signals = List.copyOf(signals);
    this.outDir = outDir;
  }

  MonthResult generate(YearMonth month) {
    String declarationsName = InputFiles.declarationsFile(month);
    String seizuresName = InputFiles.seizuresFile(month);
    try (CsvWriter declarations = CsvWriter.create(outDir.resolve(declarationsName));
        CsvWriter seizures = CsvWriter.create(outDir.resolve(seizuresName))) {
      declarations.header(InputFiles.DECLARATION_COLUMNS);
      seizures.header(InputFiles.SEIZURE_COLUMNS);
      MonthWork work = new MonthWork(world, month, declarations, seizures, signals);
      new BaseMonth(world).generate(work);
      for (PlantedSignal signal : signals) {
        signal.plant(work);
      }
      return new MonthResult(month, declarationsName, declarations.rows(), seizuresName, seizures.rows(),
          work.tally());
    }
  }
}
