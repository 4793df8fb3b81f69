package org.wastetrail.jobs.generate;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Real 6-digit HS subheadings per waste category, with the HS 2022 break: waste batteries and e-waste got heading
 * 85.49 on 1 January 2022 (before that they were declared under 8548.10 and 8548.90), and HFCs got 2903.41-.49.
 */
final class HsCatalogue {

  /** A subheading and how much more often than usual shipments declared under it are non-compliant. */
  record HsCode(String code, double risk) {}

  /** Import licences are required for these prefixes; the general trade never imports them. */
  static final String COPPER_SCRAP = "7404";
  static final String ALUMINIUM_SCRAP = "7602";

  static final LocalDate HS_2022 = LocalDate.of(2022, 1, 1);

  private static final Map<WasteCategory, HsCode[]> BEFORE_2022 = new EnumMap<>(WasteCategory.class);
  private static final Map<WasteCategory, HsCode[]> FROM_2022 = new EnumMap<>(WasteCategory.class);
  private static final HsCode[] FERROUS_AND_MINOR_METALS = {
    hs("720410", 0.8), hs("720421", 0.7), hs("720429", 0.7), hs("720430", 0.8), hs("720441", 0.8),
    hs("720449", 1.0), hs("720450", 0.8), hs("750300", 0.9), hs("780200", 1.2), hs("790200", 1.0)
  };

  static {
    both(WasteCategory.PLASTIC, hs("391510", 0.8), hs("391520", 0.9), hs("391530", 1.2), hs("391590", 1.3));
    both(WasteCategory.RUBBER_TYRES, hs("400400", 0.9), hs("401220", 1.1));
    both(WasteCategory.PAPER, hs("470710", 0.7), hs("470720", 0.7), hs("470730", 0.8), hs("470790", 1.2));
    both(WasteCategory.TEXTILES, hs("630900", 1.0), hs("631010", 0.9), hs("631090", 1.1));
    both(
        WasteCategory.METAL_SCRAP,
        hs("720410", 0.8), hs("720421", 0.7), hs("720429", 0.7), hs("720430", 0.8), hs("720441", 0.8),
        hs("720449", 1.0), hs("720450", 0.8), hs("740400", 1.0), hs("750300", 0.9), hs("760200", 0.9),
        hs("780200", 1.2), hs("790200", 1.0));
    both(
        WasteCategory.SLAG_RESIDUES,
        hs("261800", 0.8), hs("261900", 0.9), hs("262011", 0.9), hs("262019", 0.9), hs("262021", 1.3),
        hs("262029", 1.1), hs("262030", 1.0), hs("262040", 1.0), hs("262060", 1.2), hs("262091", 1.1),
        hs("262099", 1.0), hs("262110", 1.3), hs("262190", 1.1));
    both(WasteCategory.HOUSEHOLD_MIXED, hs("382510", 1.4));
    both(WasteCategory.CLINICAL, hs("382530", 1.5));
    both(
        WasteCategory.HAZARDOUS_CHEMICALS,
        hs("382541", 1.2), hs("382549", 1.2), hs("382550", 1.1), hs("382590", 1.2), hs("271091", 1.3),
        hs("271099", 1.1));
    BEFORE_2022.put(WasteCategory.BATTERIES, new HsCode[] {hs("854810", 1.2)});
    FROM_2022.put(
        WasteCategory.BATTERIES,
        new HsCode[] {hs("854911", 1.3), hs("854912", 1.1), hs("854913", 1.0), hs("854914", 1.0), hs("854919", 1.1)});
    BEFORE_2022.put(WasteCategory.E_WASTE, new HsCode[] {hs("854890", 1.2)});
    FROM_2022.put(
        WasteCategory.E_WASTE,
        new HsCode[] {
          hs("854921", 1.3), hs("854929", 1.0), hs("854931", 1.2), hs("854939", 1.0), hs("854991", 1.2),
          hs("854999", 1.1)
        });
    BEFORE_2022.put(
        WasteCategory.ODS_HFC,
        new HsCode[] {
          hs("290339", 1.3), hs("290371", 1.3), hs("290377", 1.4), hs("841510", 1.0), hs("841581", 1.0),
          hs("841810", 1.0), hs("841821", 1.0)
        });
    FROM_2022.put(
        WasteCategory.ODS_HFC,
        new HsCode[] {
          hs("290342", 1.3), hs("290345", 1.3), hs("290349", 1.3), hs("290371", 1.3), hs("290377", 1.4),
          hs("841510", 1.0), hs("841581", 1.0), hs("841810", 1.0), hs("841821", 1.0)
        });
  }

  private HsCatalogue() {}

  /** A subheading for goods of the category declared on the date; imports never get a licensed metal subheading. */
  static HsCode pick(SplittableRandom rng, WasteCategory category, LocalDate date, boolean isImport) {
    HsCode[] codes =
        isImport && category == WasteCategory.METAL_SCRAP ? FERROUS_AND_MINOR_METALS : codesOn(category, date);
    return codes[rng.nextInt(codes.length)];
  }

  private static HsCode[] codesOn(WasteCategory category, LocalDate date) {
    HsCode[] codes = (date.isBefore(HS_2022) ? BEFORE_2022 : FROM_2022).get(category);
    if (codes == null) {
      throw new IllegalArgumentException("no HS codes for " + category);
    }
    return codes;
  }

  private static void both(WasteCategory category, HsCode... codes) {
    BEFORE_2022.put(category, codes);
    FROM_2022.put(category, codes);
  }

  private static HsCode hs(String code, double risk) {
    return new HsCode(code, risk);
  }
}
