package org.wastetrail.jobs.generate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One month being generated: its two files, its id counters, its random streams (base and signals apart) and its
 * tally. Every record goes through {@link #write} so that totals and signals see it.
 */
final class MonthWork {

  private final World world;
  private final YearMonth month;
  private final int monthIndex;
  private final SplittableRandom baseRandom;
  private final SplittableRandom signalRandom;
  private final CsvWriter declarations;
  private final CsvWriter seizures;
  private final PlantedSignal[] signals;
  private final MonthIds ids;
  private final Tally tally = new Tally();
  private long declarationNumber;
  private long unlinkedSeizureNumber;

  MonthWork(World world, YearMonth month, CsvWriter declarations, CsvWriter seizures, List<PlantedSignal> signals) {
    this.world = world;
    this.month = month;
    this.monthIndex = world.monthIndex(month);
    this.baseRandom = Seeds.stream(world.seed(), Seeds.Purpose.BASE_MONTH, month.getYear() * 12L + month.getMonthValue());
    this.signalRandom =
        Seeds.stream(world.seed(), Seeds.Purpose.SIGNAL_MONTH, month.getYear() * 12L + month.getMonthValue());
    this.declarations = declarations;
    this.seizures = seizures;
    this.signals = signals.toArray(new PlantedSignal[0]);
    this.ids = new MonthIds(month);
  }

  World world() {
    return world;
  }

  YearMonth month() {
    return month;
  }

  int monthIndex() {
    return monthIndex;
  }

  /** The base world's stream: only base records draw from it. */
  SplittableRandom baseRandom() {
    return baseRandom;
  }

  /** The planted signals' stream: drawing from it never shifts a base record. */
  SplittableRandom signalRandom() {
    return signalRandom;
  }

  /** A uniformly drawn day of the month. */
  LocalDate randomDay(SplittableRandom rng) {
    return month.atDay(1 + rng.nextInt(month.lengthOfMonth()));
  }

  String nextDeclarationId() {
    return ids.declaration(++declarationNumber);
  }

  String nextSeizureIdWithoutDeclaration() {
    return ids.seizureWithoutDeclaration(++unlinkedSeizureNumber);
  }

  /** Lets the signals adjust a base declaration, then writes it. */
  Declaration writeBase(Declaration base) {
    Declaration d = base;
    for (PlantedSignal s : signals) {
      d = s.adjust(d, this);
    }
    write(d);
    return d;
  }

  void write(Declaration d) {
    InputFiles.write(declarations, d);
    tally.increment(Tally.Count.DECLARATIONS);
    if (d.inspected()) {
      tally.increment(Tally.Count.INSPECTIONS);
      if (d.violation()) {
        tally.increment(Tally.Count.VIOLATIONS);
      }
    }
    for (PlantedSignal s : signals) {
      s.observe(d, tally);
    }
  }

  void write(Seizure s) {
    InputFiles.write(seizures, s);
    tally.increment(Tally.Count.SEIZURES);
    for (PlantedSignal signal : signals) {
      signal.observe(s, tally);
    }
  }

  /** Writes the seizure made on a violation, drawn from the given stream; most violations end in one. Null if none. */
  Seizure maybeSeize(SplittableRandom rng, Declaration violation) {
    if (rng.nextDouble() >= SeizureFactory.LINKED_SHARE) {
      return null;
    }
    Seizure seizure = world.seizures().fromDeclaration(rng, violation);
    write(seizure);
    return seizure;
  }

  Tally tally() {
    return tally;
  }
}
