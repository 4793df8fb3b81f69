package org.wastetrail.jobs.generate;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.wastetrail.jobs.generate.HsCatalogue.HsCode;
import org.wastetrail.jobs.generate.Vocabulary.Direction;

/** Draws shipments: the declared goods, container-load weights with a heavy tail, and declared values. */
final class ShipmentFactory {

  private static final double UNDECLARED_VALUE = 0.06;
  private static final double CONTAINER_MEDIAN_KG = 19_000;

  /** Typical declared price in US$ per kg. */
  private static final Map<WasteCategory, Double> PRICE_PER_KG = new EnumMap<>(WasteCategory.class);

  static {
    PRICE_PER_KG.put(WasteCategory.PLASTIC, 0.25);
    PRICE_PER_KG.put(WasteCategory.METAL_SCRAP, 0.38);
    PRICE_PER_KG.put(WasteCategory.PAPER, 0.14);
    PRICE_PER_KG.put(WasteCategory.TEXTILES, 0.55);
    PRICE_PER_KG.put(WasteCategory.E_WASTE, 0.9);
    PRICE_PER_KG.put(WasteCategory.RUBBER_TYRES, 0.06);
    PRICE_PER_KG.put(WasteCategory.BATTERIES, 0.5);
    PRICE_PER_KG.put(WasteCategory.SLAG_RESIDUES, 0.03);
    PRICE_PER_KG.put(WasteCategory.ODS_HFC, 6.0);
    PRICE_PER_KG.put(WasteCategory.HOUSEHOLD_MIXED, 0.01);
    PRICE_PER_KG.put(WasteCategory.HAZARDOUS_CHEMICALS, 0.15);
    PRICE_PER_KG.put(WasteCategory.CLINICAL, 0.0);
    PRICE_PER_KG.put(WasteCategory.OTHER, 0.5);
  }

  private ShipmentFactory() {}

  /** A shipment on the route, met at the port; with the given probability it travels under one of the route's covers. */
  static Shipment create(
      SplittableRandom rng,
      LocalDate date,
      Route route,
      Port port,
      String traderId,
      double traderRisk,
      double coverProbability) {
    Direction direction = Shipment.directionAt(port, route);
    WasteCategory category = route.category();
    Cover cover = coverProbability > 0 && rng.nextDouble() < coverProbability ? route.pickCover(rng) : null;
    HsCode actual = HsCatalogue.pick(rng, category, date, direction == Direction.IMPORT);
    String hsCode = cover == null ? actual.code() : cover.hsCode(rng);
    String description = cover == null ? FreeText.description(rng, category) : cover.text(rng);
    long grams = grossGrams(rng, category);
    return new Shipment(date, port, direction, route, category, cover, hsCode, actual.risk(), description, grams,
        valueCents(rng, category, actual.code(), grams), traderId, traderRisk);
  }

  /** A licensed scrap import: declared honestly, at most one container load. */
  static Shipment licensedImport(
      SplittableRandom rng, LocalDate date, Route lane, Port port, String hsCode, String traderId, double traderRisk) {
    long grams = LicenceBook.MIN_SHIPMENT_GRAMS
        + wholeKilos(rng, (long) (rng.nextDouble() * (LicenceBook.MAX_SHIPMENT_GRAMS - LicenceBook.MIN_SHIPMENT_GRAMS)));
    return declaredImport(rng, date, lane, port, hsCode, grams, traderId, traderRisk);
  }

  /** Scrap declared honestly under the given HS code and weight. */
  static Shipment declaredImport(
      SplittableRandom rng,
      LocalDate date,
      Route lane,
      Port port,
      String hsCode,
      long grams,
      String traderId,
      double traderRisk) {
    return new Shipment(date, port, Shipment.directionAt(port, lane), lane, WasteCategory.METAL_SCRAP, null, hsCode,
        1.0, FreeText.scrapDescription(rng, hsCode), grams, valueCents(rng, WasteCategory.METAL_SCRAP, hsCode, grams),
        traderId, traderRisk);
  }

  /**
   * Gross weight: one to a few dozen containers of about 19 t; appliances, cylinders and clinical waste come smaller,
   * and now and then ferrous scrap or slag fills a bulk carrier.
   */
  static long grossGrams(SplittableRandom rng, WasteCategory category) {
    double kg;
    switch (category) {
      case ODS_HFC -> kg = Math.max(50, 4_000 * Math.exp(0.8 * rng.nextGaussian()));
      case CLINICAL -> kg = Math.max(50, 2_000 * Math.exp(0.7 * rng.nextGaussian()));
      case METAL_SCRAP, SLAG_RESIDUES -> kg =
          rng.nextDouble() < 0.006 ? 3_000_000 + rng.nextDouble() * 42_000_000 : containerLoads(rng);
      default -> kg = containerLoads(rng);
    }
    return wholeKilos(rng, Math.round(kg * 1000));
  }

  private static double containerLoads(SplittableRandom rng) {
    int containers = 1;
    while (containers < 40 && rng.nextDouble() < 0.55) {
      containers++;
    }
    return containers * CONTAINER_MEDIAN_KG * Math.exp(0.15 * rng.nextGaussian());
  }

  /** Most declarations state whole kilograms; some give grams. */
  private static long wholeKilos(SplittableRandom rng, long grams) {
    return rng.nextDouble() < 0.85 ? Math.max(1000, grams / 1000 * 1000) : Math.max(1, grams);
  }

  private static long valueCents(SplittableRandom rng, WasteCategory category, String hsCode, long grams) {
    if (rng.nextDouble() < UNDECLARED_VALUE) {
      return -1;
    }
    double price = hsCode.startsWith(HsCatalogue.COPPER_SCRAP) ? 6.5
        : hsCode.startsWith(HsCatalogue.ALUMINIUM_SCRAP) ? 1.6
        : PRICE_PER_KG.get(category);
    return Math.round(grams / 1000.0 * price * Math.exp(0.35 * rng.nextGaussian()) * 100);
  }
}
