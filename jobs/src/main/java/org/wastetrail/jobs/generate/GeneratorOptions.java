package org.wastetrail.jobs.generate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * What to generate: where, from which seed, how many base-world declarations, over which months, with or without the
 * planted signals.
 */
public record GeneratorOptions(
    Path outDir, long seed, long declarations, YearMonth from, YearMonth to, boolean signals) {

  /** Below this the planted signals (a few hundred rows) would outweigh the world they are planted in. */
  public static final long MIN_DECLARATIONS = 1_000;

  /** Keeps a month's declaration numbers within the eight digits of the id. */
  public static final long MAX_DECLARATIONS = 50_000_000;

  /** The signals need a year: an October campaign, quarters before an emerging route, 90 days for overdue cases. */
  public static final int MIN_MONTHS_WITH_SIGNALS = 12;

  public static final int FIRST_YEAR = 2000;
  public static final int LAST_YEAR = 2099;

  public GeneratorOptions {
    if (outDir == null || from == null || to == null) {
      throw new IllegalArgumentException("--out, --from and --to are required");
    }
    if (declarations < MIN_DECLARATIONS || declarations > MAX_DECLARATIONS) {
      throw new IllegalArgumentException(
          "--declarations must be between " + MIN_DECLARATIONS + " and " + MAX_DECLARATIONS + ", got " + declarations);
    }
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("--from " + from + " is after --to " + to);
    }
    if (from.getYear() < FIRST_YEAR || to.getYear() > LAST_YEAR) {
      throw new IllegalArgumentException("months must lie in " + FIRST_YEAR + "-" + LAST_YEAR);
    }
    long months = monthCount(from, to);
    if (signals && months < MIN_MONTHS_WITH_SIGNALS) {
      throw new IllegalArgumentException(
          "the planted signals need at least " + MIN_MONTHS_WITH_SIGNALS + " months (--from " + from + " --to " + to
              + " is " + months + "); widen the period or add --no-signals");
    }
  }

  public List<YearMonth> months() {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }

  public LocalDate firstDate() {
    return from.atDay(1);
  }

  public LocalDate lastDate() {
    return to.atEndOfMonth();
  }

  private static long monthCount(YearMonth from, YearMonth to) {
    return (to.getYear() - from.getYear()) * 12L + to.getMonthValue() - from.getMonthValue() + 1;
  }
}
