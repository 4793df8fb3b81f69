package org.wastetrail.jobs.reference;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The reference lists validation looks things up in: ports, countries, Basel codes, the HS to waste-category map. */
public record ReferenceData(
    Set<String> ports,
    Set<String> countries,
    Map<String, BaselCode> baselCodes,
    Map<String, String> hsWastePrefixes,
    List<String> overriddenFiles)
    implements Serializable {

  /** Category of an HS code not matched by any prefix. */
  public static final String UNMATCHED_CATEGORY = "OTHER";

  public ReferenceData {
    ports = Set.copyOf(ports);
    countries = Set.copyOf(countries);
    baselCodes = Map.copyOf(baselCodes);
    hsWastePrefixes = Map.copyOf(hsWastePrefixes);
    overriddenFiles = List.copyOf(overriddenFiles);
  }

  public boolean isKnownPort(String locode) {
    return ports.contains(locode);
  }

  public boolean isCountry(String iso2) {
    return countries.contains(iso2);
  }

  public BaselCode baselCode(String code) {
    return baselCodes.get(code);
  }

  /** The waste category of an HS code: the longest matching prefix wins; no match is {@code OTHER}. */
  public String wasteCategoryOfHs(String hsCode) {
    for (int length = hsCode.length(); length >= 1; length--) {
      String category = hsWastePrefixes.get(hsCode.substring(0, length));
      if (category != null) {
        return category;
      }
    }
    return UNMATCHED_CATEGORY;
  }
}
