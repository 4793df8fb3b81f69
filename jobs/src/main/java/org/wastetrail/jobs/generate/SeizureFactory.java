package org.wastetrail.jobs.generate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.wastetrail.jobs.generate.Vocabulary.Conveyance;
import org.wastetrail.jobs.generate.Vocabulary.DetectionMethod;
import org.wastetrail.jobs.generate.Vocabulary.Direction;
import org.wastetrail.jobs.generate.Vocabulary.Outcome;

/**
 * Draws seizures: those found on a declaration (same port and lane, the same day or a few days later within the month)
 * and intelligence-led ones with no declaration; with outcomes that have had time to happen by the end of the data.
 */
final class SeizureFactory {

  /** A case younger than this at the end of the data may still be pending; no older case is (unless planted). */
  static final int RECENT_DAYS = 60;

  /** Share of violations that end in a seizure; the rest are settled administratively. */
  static final double LINKED_SHARE = 0.9;

  /** Locodes whose location also has an international airport and postal exchange. */
  private static final Set<String> AIRPORT_CITIES = Set.of("HKHKG", "SGSIN", "DEHAM", "NLRTM", "USLAX", "USNYC");

  private final LocalDate lastDate;
  private final List<Campaign> campaigns;

  SeizureFactory(LocalDate lastDate, List<Campaign> campaigns) {
    this.lastDate = lastDate;
    this.campaigns = List.copyOf(campaigns);
  }

  /** The seizure made on a VIOLATION declaration; its id is the declaration's with an S. */
  Seizure fromDeclaration(SplittableRandom rng, Declaration d) {
    Shipment s = d.shipment();
    LocalDate date = sameMonthLater(rng, s.date());
    long[] amount = linkedAmount(rng, s.category(), s.grossGrams());
    DetectionMethod detection =
        switch (d.control()) {
          case RANDOM -> rng.nextDouble() < 0.85 ? DetectionMethod.RANDOM : DetectionMethod.NON_INTRUSIVE;
          case INTELLIGENCE -> DetectionMethod.INTELLIGENCE;
          default -> {
            double u = rng.nextDouble();
            yield u < 0.6 ? DetectionMethod.RISK_PROFILING
                : u < 0.85 ? DetectionMethod.NON_INTRUSIVE
                : DetectionMethod.DOCUMENT_CHECK;
          }
        };
    return finish(rng, "S" + d.id().substring(1), date, s.port(), s.direction(), s.route().origin(),
        s.route().transitText(), s.route().destination(), conveyance(rng, s.port(), false), s.hsCode(),
        s.category(), amount, detection, s.misdeclared() ? s.description() : "", d.id());
  }

  /** An intelligence-led or scanner case with no declaration behind it; origin and destination may be unknown. */
  Seizure withoutDeclaration(SplittableRandom rng, String id, LocalDate date, Route route, Port port) {
    Direction direction = Shipment.directionAt(port, route);
    String origin = rng.nextDouble() < 0.12 ? "ZZ" : route.origin();
    String destination = rng.nextDouble() < 0.04 ? "ZZ" : route.destination();
    String hsCode = rng.nextDouble() < 0.4
        ? HsCatalogue.pick(rng, route.category(), date, direction == Direction.IMPORT).code()
        : "";
    long[] amount = unlinkedAmount(rng, route.category());
    double u = rng.nextDouble();
    DetectionMethod detection = u < 0.55 ? DetectionMethod.INTELLIGENCE
        : u < 0.75 ? DetectionMethod.NON_INTRUSIVE
        : u < 0.9 ? DetectionMethod.OTHER
        : DetectionMethod.DOCUMENT_CHECK;
    Cover cover = rng.nextDouble() < 0.25 ? route.pickCover(rng) : null;
    return finish(rng, id, date, port, direction, origin, route.transitText(), destination,
        conveyance(rng, port, amount[0] < 0), hsCode, route.category(), amount, detection,
        cover == null ? "" : cover.text(rng), "");
  }

  /** A single huge case: bulk slag or scrap of tens of thousands of tonnes, as in Demeter IV. */
  Seizure bulkCase(SplittableRandom rng, String id, LocalDate date, Route route, Port port) {
    long grams = (20_000 + rng.nextInt(160_001)) * 1_000_000L;
    return finish(rng, id, date, port, Shipment.directionAt(port, route), route.origin(), route.transitText(),
        route.destination(), Conveyance.SEA, "", route.category(), new long[] {grams, -1},
        DetectionMethod.INTELLIGENCE, "raw materials", "");
  }

  private Seizure finish(
      SplittableRandom rng,
      String id,
      LocalDate date,
      Port port,
      Direction direction,
      String origin,
      String transits,
      String destination,
      Conveyance conveyance,
      String hsCode,
      WasteCategory category,
      long[] amount,
      DetectionMethod detection,
      String misdeclaredAs,
      String declarationId) {
    String basel = BaselCodes.pick(rng, category, date);
    Outcome outcome = drawOutcome(rng);
    LocalDate outcomeDate = outcomeDate(rng, outcome, date);
    if (outcomeDate == null) {
      outcome = Outcome.PENDING;
    }
    return new Seizure(id, date, port, direction, origin, transits, destination, conveyance, hsCode, basel, category,
        amount[0], amount[1], detection, misdeclaredAs, outcome, outcomeDate,
        Campaigns.operationAt(campaigns, port.locode(), date), declarationId, FreeText.note(rng));
  }

  private LocalDate sameMonthLater(SplittableRandom rng, LocalDate date) {
    double u = rng.nextDouble();
    int lag = u < 0.45 ? 0 : u < 0.75 ? 1 : u < 0.9 ? 2 : 3 + rng.nextInt(3);
    int lastDay = date.lengthOfMonth();
    return date.withDayOfMonth(Math.min(lastDay, date.getDayOfMonth() + lag));
  }

  private static Outcome drawOutcome(SplittableRandom rng) {
    double u = rng.nextDouble();
    return u < 0.42 ? Outcome.REPATRIATED : u < 0.64 ? Outcome.DISPOSED : u < 0.80 ? Outcome.PROSECUTED
        : Outcome.RELEASED;
  }

  /**
   * Releases come within weeks, repatriations and disposals within months, prosecutions take a year or more. A case
   * whose outcome would fall after the data ends is pending if it is recent, else it closed before the end.
   */
  private LocalDate outcomeDate(SplittableRandom rng, Outcome outcome, LocalDate date) {
    int lag =
        switch (outcome) {
          case RELEASED -> 3 + rng.nextInt(58);
          case DISPOSED -> 20 + rng.nextInt(181);
          case REPATRIATED -> 30 + rng.nextInt(271);
          default -> 90 + rng.nextInt(451);
        };
    long available = ChronoUnit.DAYS.between(date, lastDate);
    if (lag <= available) {
      return date.plusDays(lag);
    }
    if (available <= RECENT_DAYS) {
      return null;
    }
    return date.plusDays(rng.nextLong(available + 1));
  }

  /** Quantity in grams and pieces (-1 = not given) of a seizure made on a consignment of the given weight. */
  private static long[] linkedAmount(SplittableRandom rng, WasteCategory category, long consignmentGrams) {
    long grams = rng.nextDouble() < 0.7
        ? consignmentGrams
        : Math.max(1000, Math.round(consignmentGrams * (0.2 + 0.7 * rng.nextDouble())) / 1000 * 1000);
    boolean appliances = category == WasteCategory.ODS_HFC
        || (category == WasteCategory.E_WASTE && rng.nextDouble() < 0.35);
    if (!appliances) {
      return new long[] {grams, -1};
    }
    long pieces = Math.max(1, grams / 40_000);
    double u = rng.nextDouble();
    return u < 0.5 ? new long[] {-1, pieces} : u < 0.8 ? new long[] {grams, pieces} : new long[] {grams, -1};
  }

  /** Cases without a declaration: refrigerant cylinders and appliances counted by the piece, the rest weighed. */
  private static long[] unlinkedAmount(SplittableRandom rng, WasteCategory category) {
    if (category == WasteCategory.ODS_HFC) {
      return new long[] {-1, 10 + rng.nextInt(590)};
    }
    if (category == WasteCategory.E_WASTE && rng.nextDouble() < 0.4) {
      return new long[] {-1, 5 + rng.nextInt(395)};
    }
    double kg = Math.min(200_000, 6_000 * Math.exp(1.1 * rng.nextGaussian()));
    if ((category == WasteCategory.SLAG_RESIDUES || category == WasteCategory.METAL_SCRAP)
        && rng.nextDouble() < 0.02) {
      kg = 3_000_000 + rng.nextDouble() * 57_000_000;
    }
    return new long[] {Math.max(1, Math.round(kg)) * 1000, -1};
  }

  /** Seaports see ships, and trucks or trains at European and Turkish terminals; hubs with airports see air and post. */
  private static Conveyance conveyance(SplittableRandom rng, Port port, boolean smallItems) {
    double u = rng.nextDouble();
    if (smallItems && AIRPORT_CITIES.contains(port.locode())) {
      return u < 0.2 ? Conveyance.AIR : u < 0.35 ? Conveyance.POSTAL : Conveyance.SEA;
    }
    if (Ports.isEuropean(port.country()) || port.country().equals("TR")) {
      return u < 0.05 ? Conveyance.ROAD : u < 0.06 ? Conveyance.RAIL : Conveyance.SEA;
    }
    return Conveyance.SEA;
  }
}
