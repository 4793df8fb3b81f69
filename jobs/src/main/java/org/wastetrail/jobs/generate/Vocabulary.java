package org.wastetrail.jobs.generate;

/** The code lists of the data contract that the generator writes, spelled exactly as the contract spells them. */
final class Vocabulary {

  enum Direction {
    IMPORT,
    EXPORT,
    TRANSIT
  }

  enum ControlType {
    NONE,
    DOCUMENTARY,
    RISK_TARGETED,
    RANDOM,
    INTELLIGENCE;

    /** The contract: a declaration is physically inspected unless it was only cleared or document-checked. */
    boolean inspects() {
      return this != NONE && this != DOCUMENTARY;
    }
  }

  enum InspectionResult {
    NOT_INSPECTED,
    COMPLIANT,
    VIOLATION
  }

  enum Conveyance {
    SEA,
    ROAD,
    RAIL,
    AIR,
    POSTAL
  }

  enum DetectionMethod {
    RISK_PROFILING,
    INTELLIGENCE,
    RANDOM,
    NON_INTRUSIVE,
    DOCUMENT_CHECK,
    OTHER
  }

  enum Outcome {
    PENDING,
    REPATRIATED,
    DISPOSED,
    RELEASED,
    PROSECUTED
  }

  private Vocabulary() {}
}
