package org.wastetrail.jobs.generate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The base world's import licensing: copper and aluminium scrap (HS 7404, 7602) may be imported only by licence
 * holders, each holding one licence a year. Every holder's number of shipments per month is fixed up front and each
 * shipment weighs at most {@link #MAX_SHIPMENT_GRAMS}, so a quota set from them can never be exceeded: clean data has
 * no licence breach.
 */
final class LicenceBook {

  /** A licence holder: where it imports, which scrap, through which port ("" = any of its country's). */
  record Holder(int traderIndex, String country, String hsPrefix, String port, List<Route> lanes, double weight) {}

  static final long MIN_SHIPMENT_GRAMS = 11_000_000;
  static final long MAX_SHIPMENT_GRAMS = 26_000_000;

  /** Share of each month's declarations that are licensed scrap imports. */
  private static final double LICENSED_SHARE = 0.03;

  private static final String[] COUNTRIES = {"IN", "IN", "IN", "TR", "TR", "MY", "MY", "CN", "CN", "VN", "PK"};
  private static final String[] SUPPLIERS = {"US", "GB", "DE", "NL", "JP", "BE", "AE", "FR", "IT"};

  private final List<Holder> holders = new ArrayList<>();
  private final List<Licence> licences = new ArrayList<>();
  private final List<Integer> holderOfLicence = new ArrayList<>();
  private final List<int[]> slotsOfLicence = new ArrayList<>();

  LicenceBook(long seed, List<YearMonth> months, long[] monthTotals, Traders traders) {
    SplittableRandom rng = Seeds.stream(seed, Seeds.Purpose.LICENCES, 0);
    long declarations = 0;
    for (long n : monthTotals) {
      declarations += n;
    }
    int holderCount = (int) Math.max(6, Math.min(60, Math.round(declarations / 4000.0)));
    double weightSum = 0;
    for (int h = 0; h < holderCount; h++) {
      Holder holder = newHolder(rng, traders.outsidePool(h));
      holders.add(holder);
      weightSum += holder.weight();
    }
    issueLicences(rng, months, monthTotals, weightSum, traders);
  }

  /** Trader indices outside the pool that holders use; planted traders start after them. */
  int holderCount() {
    return holders.size();
  }

  List<Licence> licences() {
    return List.copyOf(licences);
  }

  Licence licence(int index) {
    return licences.get(index);
  }

  Holder holderOf(int licence) {
    return holders.get(holderOfLicence.get(licence));
  }

  /** How many licensed shipments the licence covers in the month (by index into the generated months). */
  int slots(int licence, int monthIndex) {
    return slotsOfLicence.get(licence)[monthIndex];
  }

  int licenceCount() {
    return licences.size();
  }

  /** Licences of the base world issued for the year: planted licences are numbered after them. */
  int issuedIn(int year) {
    int count = 0;
    for (Licence l : licences) {
      if (l.validFrom().getYear() == year) {
        count++;
      }
    }
    return count;
  }

  private Holder newHolder(SplittableRandom rng, int traderIndex) {
    String country = COUNTRIES[rng.nextInt(COUNTRIES.length)];
    String prefix = rng.nextDouble() < 0.55 ? HsCatalogue.COPPER_SCRAP : HsCatalogue.ALUMINIUM_SCRAP;
    String port = rng.nextDouble() < 0.4 ? Ports.pick(rng, country, "").locode() : "";
    List<Route> lanes = new ArrayList<>();
    int first = rng.nextInt(SUPPLIERS.length);
    for (int i = 0; i < 3; i++) {
      String supplier = SUPPLIERS[(first + i * 2) % SUPPLIERS.length];
      lanes.add(new Route(supplier + "-" + country, WasteCategory.METAL_SCRAP, new double[] {1, 1, 1}, 0.7, 0,
          new Cover[0]));
    }
    double weight = Math.exp(0.6 * rng.nextGaussian());
    return new Holder(traderIndex, country, prefix, port, List.copyOf(lanes), weight);
  }

  private void issueLicences(
      SplittableRandom rng, List<YearMonth> months, long[] monthTotals, double weightSum, Traders traders) {
    LocalDate first = months.get(0).atDay(1);
    LocalDate last = months.get(months.size() - 1).atEndOfMonth();
    for (int year = first.getYear(); year <= last.getYear(); year++) {
      int number = 0;
      for (int h = 0; h < holders.size(); h++) {
        Holder holder = holders.get(h);
        int[] slots = new int[months.size()];
        long shipments = 0;
        for (int m = 0; m < months.size(); m++) {
          if (months.get(m).getYear() == year) {
            double expected = monthTotals[m] * LICENSED_SHARE * holder.weight() / weightSum;
            slots[m] = (int) Math.max(0, Math.round(expected * Math.exp(0.25 * rng.nextGaussian())));
            shipments += slots[m];
          }
        }
        long quota = Math.max(20_000_000L, roundUp(shipments * MAX_SHIPMENT_GRAMS * 21 / 20, 5_000_000L));
        LocalDate from = max(LocalDate.of(year, 1, 1), first);
        LocalDate to = min(LocalDate.of(year, 12, 31), last);
        licences.add(new Licence(Licence.id(year, ++number), traders.id(holder.traderIndex()), holder.hsPrefix(),
            quota, from, to, holder.port()));
        holderOfLicence.add(h);
        slotsOfLicence.add(slots);
      }
    }
  }

  private static long roundUp(long value, long step) {
    return (value + step - 1) / step * step;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
