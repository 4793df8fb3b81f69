package org.wastetrail.jobs.ingest;

import java.util.List;

/** The closed vocabularies of the data contract, spelled exactly as users write them. */
public final class Vocabulary {
  public static final List<String> DIRECTIONS = List.of("IMPORT", "EXPORT", "TRANSIT");
  public static final List<String> TRADE_FLOWS = List.of("IMPORT", "EXPORT");
  public static final List<String> CONTROL_TYPES =
      List.of("NONE", "DOCUMENTARY", "RISK_TARGETED", "RANDOM", "INTELLIGENCE");
  public static final List<String> INSPECTION_RESULTS = List.of("NOT_INSPECTED", "COMPLIANT", "VIOLATION");
  public static final List<String> CONVEYANCES = List.of("SEA", "ROAD", "RAIL", "AIR", "POSTAL");
  public static final List<String> DETECTION_METHODS =
      List.of("RISK_PROFILING", "INTELLIGENCE", "RANDOM", "NON_INTRUSIVE", "DOCUMENT_CHECK", "OTHER");
  public static final List<String> OUTCOMES = List.of("PENDING", "REPATRIATED", "DISPOSED", "RELEASED", "PROSECUTED");
  public static final List<String> WASTE_CATEGORIES =
      List.of("E_WASTE", "PLASTIC", "METAL_SCRAP", "PAPER", "TEXTILES", "RUBBER_TYRES", "BATTERIES",
          "SLAG_RESIDUES", "ODS_HFC", "HOUSEHOLD_MIXED", "HAZARDOUS_CHEMICALS", "CLINICAL", "OTHER");

  /** Control types that never involve a physical check: their result must be {@code NOT_INSPECTED}. */
  public static final List<String> CONTROLS_WITHOUT_INSPECTION = List.of("NONE", "DOCUMENTARY");

  public static final String UNKNOWN_COUNTRY = "ZZ";
  public static final String ALL_PORTS = "*";

  private Vocabulary() {}
}
