package org.wastetrail.jobs.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.wastetrail.jobs.generate.MonthGenerator.MonthResult;

/**
 * Generates a complete input folder of the data contract: a declarations and a seizures file per month, licences,
 * campaigns, and truth.json naming what was planted. Months are independent, so they are written in parallel, each
 * streaming to disk in constant memory; the same options give byte-identical files.
 */
public final class SampleDataGenerator {

  private static final int MAX_THREADS = 8;

  private final GeneratorOptions options;

  public SampleDataGenerator(GeneratorOptions options) {
    this.options = options;
  }

  /**
   * Writes the folder.
   *
   * @throws IllegalArgumentException if the folder already holds input files this run would not overwrite (they would
   *     be ingested together with the new ones)
   */
  public GenerationSummary run() {
    Path out = options.outDir();
    createFolder(out);
    refuseStaleInputs(out);
    World world = new World(options);
    List<PlantedSignal> signals =
        options.signals() ? PlantedSignals.standard(world, SignalSizes.STANDARD) : List.of();
    List<MonthResult> months = generateMonths(world, signals);
    Tally tally = new Tally();
    months.forEach(m -> tally.merge(m.tally()));
    List<Licence> licences = new ArrayList<>(world.licences().licences());
    signals.forEach(s -> licences.addAll(s.plantedLicences()));
    writeLicences(out.resolve(InputFiles.LICENCES), licences);
    writeCampaigns(out.resolve(InputFiles.CAMPAIGNS), world.campaigns());
    TruthWriter.write(out.resolve(InputFiles.TRUTH), world, months, licences, tally, signals);
    return new GenerationSummary(out, months.size() * 2 + 3, tally.get(Tally.Count.DECLARATIONS),
        tally.get(Tally.Count.SEIZURES), licences.size(), world.campaigns().size());
  }

  private List<MonthResult> generateMonths(World world, List<PlantedSignal> signals) {
    MonthGenerator generator = new MonthGenerator(world, signals, options.outDir());
    int threads = Math.max(1, Math.min(MAX_THREADS,
        Math.min(world.months().size(), Runtime.getRuntime().availableProcessors())));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<MonthResult>> futures = new ArrayList<>();
      for (YearMonth month : world.months()) {
        futures.add(pool.submit(() -> generator.generate(month)));
      }
      List<MonthResult> results = new ArrayList<>();
      for (Future<MonthResult> f : futures) {
        results.add(f.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("generation interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException("generation failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static void createFolder(Path out) {
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the output folder " + out, e);
    }
  }

  private void refuseStaleInputs(Path out) {
    Set<String> ours = new HashSet<>(Set.of(InputFiles.LICENCES, InputFiles.CAMPAIGNS));
    for (YearMonth m : options.months()) {
      ours.add(InputFiles.declarationsFile(m));
      ours.add(InputFiles.seizuresFile(m));
    }
    List<String> stale;
    try (Stream<Path> files = Files.list(out)) {
      stale = files.map(p -> p.getFileName().toString())
          .filter(InputFiles::isInputFile)
          .filter(name -> !ours.contains(name))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + out, e);
    }
    if (!stale.isEmpty()) {
      throw new IllegalArgumentException(out + " already holds input files this run would not replace ("
          + String.join(", ", stale.subList(0, Math.min(3, stale.size())))
          + (stale.size() > 3 ? ", ..." : "") + "); use an empty folder or remove them");
    }
  }

  private static void writeLicences(Path file, List<Licence> licences) {
    try (CsvWriter out = CsvWriter.create(file)) {
      out.header(InputFiles.LICENCE_COLUMNS);
      licences.forEach(l -> InputFiles.write(out, l));
    }
  }

  private static void writeCampaigns(Path file, List<Campaign> campaigns) {
    try (CsvWriter out = CsvWriter.create(file)) {
      out.header(InputFiles.CAMPAIGN_COLUMNS);
      campaigns.forEach(c -> InputFiles.write(out, c));
    }
  }
}
