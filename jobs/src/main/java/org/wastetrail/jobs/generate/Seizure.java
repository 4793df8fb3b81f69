package org.wastetrail.jobs.generate;

import java.time.LocalDate;
import org.wastetrail.jobs.generate.Vocabulary.Conveyance;
import org.wastetrail.jobs.generate.Vocabulary.DetectionMethod;
import org.wastetrail.jobs.generate.Vocabulary.Direction;
import org.wastetrail.jobs.generate.Vocabulary.Outcome;

/**
 * An enforcement case as the contract's seizures file holds it.
 *
 * @param quantityGrams weighed quantity, or -1 when only pieces were counted
 * @param pieces counted items, or -1 when not counted
 * @param outcomeDate null while the outcome is PENDING
 */
record Seizure(
    String id,
    LocalDate date,
    Port port,
    Direction direction,
    String origin,
    String transits,
    String destination,
    Conveyance conveyance,
    String hsCode,
    String baselCode,
    WasteCategory category,
    long quantityGrams,
    long pieces,
    DetectionMethod detection,
    String misdeclaredAs,
    Outcome outcome,
    LocalDate outcomeDate,
    String operation,
    String declarationId,
    String notes) {

  Seizure {
    if (quantityGrams < 0 && pieces < 0) {
      throw new IllegalArgumentException(id + ": neither quantity nor pieces");
    }
    if ((outcome == Outcome.PENDING) != (outcomeDate == null)) {
      throw new IllegalArgumentException(id + ": outcome " + outcome + " with outcome date " + outcomeDate);
    }
    if (outcomeDate != null && outcomeDate.isBefore(date)) {
      throw new IllegalArgumentException(id + ": outcome before seizure");
    }
  }

  /** The same case still awaiting its outcome. */
  Seizure pending() {
    return new Seizure(id, date, port, direction, origin, transits, destination, conveyance, hsCode, baselCode,
        category, quantityGrams, pieces, detection, misdeclaredAs, Outcome.PENDING, null, operation, declarationId,
        notes);
  }
}
