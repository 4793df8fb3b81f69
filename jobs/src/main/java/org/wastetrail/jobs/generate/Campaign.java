package org.wastetrail.jobs.generate;

import java.time.LocalDate;
import java.util.List;

/** An enforcement operation: its window (inclusive), the ports where it ran and how many administrations took part. */
record Campaign(
    String id,
    String name,
    LocalDate start,
    LocalDate end,
    List<String> scopePorts,
    int participatingAdministrations,
    String description) {

  Campaign {
    scopePorts = List.copyOf(scopePorts);
  }

  boolean covers(String locode, LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end) && scopePorts.contains(locode);
  }

  boolean runsOn(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }
}
