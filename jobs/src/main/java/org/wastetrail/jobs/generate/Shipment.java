package org.wastetrail.jobs.generate;

import java.time.LocalDate;
import org.wastetrail.jobs.generate.Vocabulary.Direction;

/**
 * A consignment as it meets one customs administration: the goods really moved (category) and what was declared
 * (HS code, description), which differ when the shipment travels under a cover.
 *
 * @param valueCents declared value in US cents, or -1 when not declared
 * @param traderRisk the trader's latent propensity to ship illegally (1 = ordinary)
 */
record Shipment(
    LocalDate date,
    Port port,
    Direction direction,
    Route route,
    WasteCategory category,
    Cover cover,
    String hsCode,
    double hsRisk,
    String description,
    long grossGrams,
    long valueCents,
    String traderId,
    double traderRisk) {

  /** The contract's direction rule: IMPORT at the destination, EXPORT at the origin, TRANSIT anywhere else. */
  static Direction directionAt(Port port, Route route) {
    String country = port.country();
    if (country.equals(route.destination())) {
      return Direction.IMPORT;
    }
    return country.equals(route.origin()) ? Direction.EXPORT : Direction.TRANSIT;
  }

  boolean misdeclared() {
    return cover != null;
  }
}
