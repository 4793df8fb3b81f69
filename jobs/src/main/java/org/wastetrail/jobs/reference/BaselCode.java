package org.wastetrail.jobs.reference;

import java.io.Serializable;
import java.time.LocalDate;

/** A Basel Convention waste code with the window in which it is in force (validTo {@code null}: still in force). */
public record BaselCode(
    String code, String annex, boolean hazardous, LocalDate validFrom, LocalDate validTo, String wasteCategory)
    implements Serializable {

  public boolean inForceOn(LocalDate date) {
    return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
  }

  public String window() {
    return validFrom + " to " + (validTo == null ? "today" : validTo.toString());
  }
}
