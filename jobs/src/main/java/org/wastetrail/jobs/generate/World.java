package org.wastetrail.jobs.generate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything fixed before the first record is drawn: months and their volumes, traders, licences and campaigns. The
 * same options give the same world whether or not signals are planted in it.
 */
final class World {

  /** Traders outside the lane blocks and licence holders, reserved for planted signals; how many each role gets. */
  enum PlantedRole {
    HIGH_RISK_TRADER(1),
    SINGLE_INSPECTION_TRADER(1),
    QUOTA_HOLDER(1),
    EXPIRED_HOLDER(1),
    WRONG_PORT_HOLDER(1),
    UNLICENSED_IMPORTER(1),
    EMERGING_ROUTE_TRADERS(4),
    HIGH_RISK_ROUTE_TRADERS(24);

    private final int size;

    PlantedRole(int size) {
      this.size = size;
    }

    int size() {
      return size;
    }

    private int offset() {
      int offset = 0;
      for (PlantedRole r : values()) {
        if (r == this) {
          return offset;
        }
        offset += r.size;
      }
      throw new AssertionError(this);
    }
  }

  private final GeneratorOptions options;
  private final List<YearMonth> months;
  private final long[] monthTotals;
  private final Traders traders;
  private final LicenceBook licences;
  private final List<Campaign> campaigns;
  private final SeizureFactory seizures;

  World(GeneratorOptions options) {
    this.options = options;
    this.months = List.copyOf(options.months());
    this.monthTotals = Volumes.perMonth(options.declarations(), months);
    List<Integer> years = new ArrayList<>();
    for (YearMonth m : months) {
      years.add(m.getYear());
    }
    this.traders = new Traders(options.seed(), options.declarations(), Routes.BASE, years);
    this.licences = new LicenceBook(options.seed(), months, monthTotals, traders);
    this.campaigns = Campaigns.within(months);
    this.seizures = new SeizureFactory(options.lastDate(), campaigns);
  }

  GeneratorOptions options() {
    return options;
  }

  long seed() {
    return options.seed();
  }

  List<YearMonth> months() {
    return months;
  }

  int monthIndex(YearMonth month) {
    return months.indexOf(month);
  }

  /** Base-world declarations in the month. */
  long declarationsIn(int monthIndex) {
    return monthTotals[monthIndex];
  }

  LocalDate firstDate() {
    return options.firstDate();
  }

  LocalDate lastDate() {
    return options.lastDate();
  }

  Traders traders() {
    return traders;
  }

  LicenceBook licences() {
    return licences;
  }

  List<Campaign> campaigns() {
    return campaigns;
  }

  SeizureFactory seizures() {
    return seizures;
  }

  /** The trader index of the i-th trader of a planted role. */
  int plantedTrader(PlantedRole role, int i) {
    if (i < 0 || i >= role.size()) {
      throw new IllegalArgumentException(role + " has " + role.size() + " traders, not " + (i + 1));
    }
    return traders.outsidePool(licences.holderCount() + role.offset() + i);
  }

  /** Shares a total over the months in proportion to their base volume. */
  long[] spreadOverMonths(long total) {
    double[] weights = new double[monthTotals.length];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = monthTotals[i];
    }
    return Volumes.allocate(total, weights);
  }
}
