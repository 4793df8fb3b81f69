package org.wastetrail.jobs.generate;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Goods descriptions and officers' notes as real records hold them: several languages, commas, quotes, line breaks,
 * and now and then markup that a report must escape.
 */
final class FreeText {

  static final String SCRIPT_NOTE = "<script>alert(1)</script>";

  private static final Map<WasteCategory, String[]> DESCRIPTIONS = new EnumMap<>(WasteCategory.class);

  static {
    describe(WasteCategory.PLASTIC, "PE film scrap, baled", "Mixed plastic scrap (PET/PP/HDPE) for recycling",
        "Plastic waste bales \"grade A\", sorted", "Kunststoffabfälle, sortiert (PE/PP)", "废塑料 / plastic scrap",
        "Déchets de matières plastiques, triés", "LDPE regrind\nwashed, dried", "Post-consumer PET bottles, compressed");
    describe(WasteCategory.METAL_SCRAP, "HMS 1&2 ferrous scrap", "Shredded steel scrap", "Copper wire scrap, insulated",
        "Aluminium UBC scrap", "Stahlschrott, sortiert", "Mixed non-ferrous scrap \"Zorba\"", "Lead scrap (soft)",
        "Zinc dross, skimmings");
    describe(WasteCategory.PAPER, "OCC (old corrugated containers), baled", "Mixed paper grade 1.02",
        "Altpapier, gemischt", "Sorted office paper", "Vieux papiers et cartons");
    describe(WasteCategory.TEXTILES, "Used clothing, mixed, in bales", "Second-hand clothing (\"credential\" grade)",
        "Altkleider, unsortiert", "Rags, cotton, for industrial use", "Fripes / vêtements usagés",
        "Used shoes and clothing\nin 45 kg bales");
    describe(WasteCategory.E_WASTE, "Used electrical appliances", "废旧电器 (used appliances)",
        "Altgeräte, gebraucht, funktionsfähig", "Used computer monitors, tested \"working\"",
        "Used TVs, fridges, microwaves – personal effects", "Printed circuit boards, scrap",
        "Used mobile phones and laptops, for repair");
    describe(WasteCategory.RUBBER_TYRES, "Used tyres, passenger car", "Shredded tyre chips", "Pneus usagés",
        "Altreifen, gebraucht", "Rubber crumb, from end-of-life tyres");
    describe(WasteCategory.BATTERIES, "Used lead-acid batteries (ULAB)", "Spent Li-ion cells, sorted",
        "Mixed battery scrap", "Altbatterien, gemischt");
    describe(WasteCategory.SLAG_RESIDUES, "Granulated blast-furnace slag", "Zinc-bearing residues, for recovery",
        "Incineration bottom ash", "Steelworks slag, \"for road construction\"");
    describe(WasteCategory.ODS_HFC, "Used refrigerators", "Used air-conditioning units",
        "Refrigerant gas R-22 in cylinders", "HFC-134a, 13.6 kg disposable cylinders", "制冷剂 R-410A",
        "Climatiseurs d'occasion");
    describe(WasteCategory.HOUSEHOLD_MIXED, "Plastic scrap for recycling", "Mixed municipal waste, baled",
        "Residual household waste (RDF), wrapped bales");
    describe(WasteCategory.HAZARDOUS_CHEMICALS, "Waste mineral oils", "Used lubricating oil, drums",
        "Spent solvents, mixed", "Sludge, oily, from tank cleaning");
    describe(WasteCategory.CLINICAL, "Clinical waste, untreated", "Used syringes and dressings",
        "Medical waste, \"autoclaved\"");
    describe(WasteCategory.OTHER, "Electrical parts, n.e.s.", "Used electrical goods");
  }

  private static final String[] NOTES = {
    "Container opened at terminal; contents did not match the declaration.",
    "Shipment without prior informed consent (Basel Art. 6); competent authority of export notified.",
    "Inspector remark: \"strong odour, mixed with household waste\".",
    "Concealed behind a front row of bales, 2 × 40' HC.",
    "Contrôle conjoint douane/environnement, rapport n° 14.",
    "Sendung ohne Notifizierung; Rückführung angeordnet.",
    "查获废旧电器，已移交环保部门。",
    "Vehicles loaded with used fridges, compressors intact (CFC-12).",
    "Cylinders hidden under legitimate cargo.\nLabelled R-134a, tested R-22.",
    "Scanner image anomaly; devanning showed mixed scrap, batteries and cables.",
    "Consignee could not be traced, \"address is a parking lot\".",
    "Tip-off from RILO A/P; shipper unknown.",
    "Sample taken for lab analysis;\nresult: contaminated, > 5% non-target material.",
    "Exporter claims goods are \"for repair\"; no test certificates.",
  };

  private static final String[] COPPER_SCRAP = {
    "Copper wire scrap, insulated", "Copper scrap \"Birch/Cliff\"", "Kupferschrott, gemischt", "废铜 / copper scrap"
  };

  private static final String[] ALUMINIUM_SCRAP = {
    "Aluminium UBC scrap", "Aluminium extrusion scrap \"Tread\"", "Aluminiumschrott, sortiert", "废铝 / aluminium scrap"
  };

  private FreeText() {}

  /** How licensed copper or aluminium scrap is described. */
  static String scrapDescription(SplittableRandom rng, String hsCode) {
    String[] texts = hsCode.startsWith(HsCatalogue.COPPER_SCRAP) ? COPPER_SCRAP : ALUMINIUM_SCRAP;
    return texts[rng.nextInt(texts.length)];
  }

  /** A goods description as declared, or "" (the field is optional and often left empty). */
  static String description(SplittableRandom rng, WasteCategory category) {
    if (rng.nextDouble() < 0.04) {
      return "";
    }
    String[] texts = DESCRIPTIONS.get(category);
    return texts[rng.nextInt(texts.length)];
  }

  /** An officer's note, or ""; untrusted text, so now and then a script tag. */
  static String note(SplittableRandom rng) {
    double u = rng.nextDouble();
    if (u < 0.35) {
      return "";
    }
    if (u < 0.357) {
      return SCRIPT_NOTE;
    }
    return NOTES[rng.nextInt(NOTES.length)];
  }

  private static void describe(WasteCategory category, String... texts) {
    DESCRIPTIONS.put(category, texts);
  }
}
