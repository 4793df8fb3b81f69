package org.wastetrail.jobs.generate;

import java.time.LocalDate;
import java.util.Locale;

/** An import licence: goods under an HS prefix, a quota over an inclusive window, optionally at one port ("" = any). */
record Licence(
    String id, String traderId, String hsPrefix, long quotaGrams, LocalDate validFrom, LocalDate validTo, String port) {

  Licence {
    if (quotaGrams <= 0 || validFrom.isAfter(validTo)) {
      throw new IllegalArgumentException("invalid licence " + id);
    }
  }

  static String id(int year, int number) {
    return "L" + year + "-" + String.format(Locale.ROOT, "%04d", number);
  }
}
