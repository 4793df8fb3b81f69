package org.wastetrail.jobs.generate;

/** The waste categories of the data contract. */
enum WasteCategory {
  E_WASTE,
  PLASTIC,
  METAL_SCRAP,
  PAPER,
  TEXTILES,
  RUBBER_TYRES,
  BATTERIES,
  SLAG_RESIDUES,
  ODS_HFC,
  HOUSEHOLD_MIXED,
  HAZARDOUS_CHEMICALS,
  CLINICAL,
  OTHER
}
