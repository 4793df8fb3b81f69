package org.wastetrail.jobs.campaigns;

import java.time.LocalDate;
import java.util.List;

/**
 * What a campaign is compared with: {@code PRIOR} (the same number of days just before it), {@code PREVIOUS_YEAR} (the
 * same dates a year earlier; 29 February maps to 28 February), or an earlier campaign (named by its id; rates then per
 * participating administration per day).
 */
public record Baseline(String name, LocalDate from, LocalDate to, List<String> scopePorts, int admins,
    boolean perAdministration) {
  public static final String PRIOR = "PRIOR";
  public static final String PREVIOUS_YEAR = "PREVIOUS_YEAR";

  static Baseline prior(Campaign c) {
    return new Baseline(PRIOR, c.start().minusDays(c.days()), c.start().minusDays(1), c.scopePorts(), c.admins(),
        false);
  }

  static Baseline previousYear(Campaign c) {
    return new Baseline(PREVIOUS_YEAR, c.start().minusYears(1), c.end().minusYears(1), c.scopePorts(), c.admins(),
        false);
  }

  static Baseline edition(Campaign earlier) {
    return new Baseline(earlier.id(), earlier.start(), earlier.end(), earlier.scopePorts(), earlier.admins(), true);
  }

  public long days() {
    return java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
  }
}
