package org.wastetrail.jobs.generate;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/** Basel Convention codes per waste category, each with the dates it is in force (2021 plastic and 2025 e-waste amendments). */
final class BaselCodes {

  private record Code(String code, LocalDate validFrom, LocalDate validTo) {
    boolean inForceOn(LocalDate date) {
      return !date.isBefore(validFrom) && !date.isAfter(validTo);
    }
  }

  private static final LocalDate ALWAYS_FROM = LocalDate.of(1992, 5, 5);
  private static final LocalDate ALWAYS_TO = LocalDate.of(9999, 12, 31);
  private static final LocalDate PLASTIC_AMENDMENT = LocalDate.of(2021, 1, 1);
  private static final LocalDate E_WASTE_AMENDMENT = LocalDate.of(2025, 1, 1);

  private static final Map<WasteCategory, Code[]> BY_CATEGORY = new EnumMap<>(WasteCategory.class);

  static {
    put(WasteCategory.E_WASTE, until("A1180", E_WASTE_AMENDMENT), until("B1110", E_WASTE_AMENDMENT),
        from("A1181", E_WASTE_AMENDMENT), from("Y49", E_WASTE_AMENDMENT), always("A2010"));
    put(WasteCategory.PLASTIC, from("A3210", PLASTIC_AMENDMENT), from("Y48", PLASTIC_AMENDMENT),
        from("B3011", PLASTIC_AMENDMENT), until("B3010", PLASTIC_AMENDMENT));
    put(WasteCategory.METAL_SCRAP, always("B1010"));
    put(WasteCategory.PAPER, always("B3020"));
    put(WasteCategory.TEXTILES, always("B3030"));
    put(WasteCategory.RUBBER_TYRES, always("B3140"), always("B3080"), always("B3040"));
    put(WasteCategory.BATTERIES, always("A1160"), always("A1170"), always("B1090"));
    put(WasteCategory.SLAG_RESIDUES, always("B1100"));
    put(WasteCategory.ODS_HFC);
    put(WasteCategory.HOUSEHOLD_MIXED, always("Y46"));
    put(WasteCategory.HAZARDOUS_CHEMICALS, always("A3020"), always("A3180"), always("A2050"));
    put(WasteCategory.CLINICAL, always("A4020"));
    put(WasteCategory.OTHER, always("B2020"));
  }

  private BaselCodes() {}

  /** A code for the category in force on the date, or "" (no code recorded, or none applies). */
  static String pick(SplittableRandom rng, WasteCategory category, LocalDate date) {
    Code[] codes = BY_CATEGORY.get(category);
    if (codes.length == 0 || rng.nextDouble() < 0.2) {
      return "";
    }
    int start = rng.nextInt(codes.length);
    for (int i = 0; i < codes.length; i++) {
      Code c = codes[(start + i) % codes.length];
      if (c.inForceOn(date)) {
        return c.code();
      }
    }
    return "";
  }

  private static void put(WasteCategory category, Code... codes) {
    BY_CATEGORY.put(category, codes);
  }

  private static Code always(String code) {
    return new Code(code, ALWAYS_FROM, ALWAYS_TO);
  }

  private static Code from(String code, LocalDate validFrom) {
    return new Code(code, validFrom, ALWAYS_TO);
  }

  /** In force until the day before the amendment that replaced it. */
  private static Code until(String code, LocalDate amendment) {
    return new Code(code, ALWAYS_FROM, amendment.minusDays(1));
  }
}
