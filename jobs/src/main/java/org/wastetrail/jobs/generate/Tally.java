package org.wastetrail.jobs.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a month's generation counted, merged over months into the exact figures of truth.json. One tally per month, so
 * months can run in parallel; the merge runs in month order, so id lists come out in a fixed order.
 */
final class Tally {

  /** Counters: totals of the output, and what each planted signal added or observed. */
  enum Count {
    DECLARATIONS,
    SEIZURES,
    INSPECTIONS,
    VIOLATIONS,
    SPIKE_PORT_SEIZURES,
    SPIKE_ADDED_SEIZURES,
    SCOPE_DECLARATIONS,
    SCOPE_INSPECTIONS,
    SCOPE_VIOLATIONS,
    SCOPE_SEIZURES,
    CAMPAIGN_PROMOTED_INSPECTIONS,
    CAMPAIGN_PROMOTED_VIOLATIONS,
    CAMPAIGN_ADDED_SEIZURES,
    DISPLACEMENT_PORT_SEIZURES,
    DISPLACEMENT_ADDED_DECLARATIONS,
    DISPLACEMENT_ADDED_SEIZURES,
    EMERGING_DECLARATIONS,
    EMERGING_SEIZURES,
    EMERGING_RECORDS_BEFORE_START,
    HIGH_RISK_ROUTE_ADDED_DECLARATIONS,
    HIGH_RISK_ROUTE_DECLARATIONS,
    HIGH_RISK_ROUTE_INSPECTIONS,
    HIGH_RISK_ROUTE_VIOLATIONS,
    HIGH_RISK_TRADER_DECLARATIONS,
    HIGH_RISK_TRADER_INSPECTIONS,
    HIGH_RISK_TRADER_VIOLATIONS,
    SINGLE_TRADER_DECLARATIONS,
    SINGLE_TRADER_INSPECTIONS,
    SINGLE_TRADER_VIOLATIONS
  }

  /** Ids of records that truth.json lists one by one. */
  enum Ids {
    QUOTA_DECLARATIONS,
    NO_LICENCE_DECLARATIONS,
    EXPIRED_LICENCE_DECLARATIONS,
    WRONG_PORT_DECLARATIONS,
    SINGLE_INSPECTION_DECLARATIONS,
    SINGLE_INSPECTION_SEIZURES,
    OVERDUE_SEIZURES,
    BULK_CASE_SEIZURES
  }

  /** Dates truth.json reports as the earliest seen. */
  enum Earliest {
    EMERGING_RECORD
  }

  private final long[] counts = new long[Count.values().length];
  private final Map<Ids, List<String>> ids = new EnumMap<>(Ids.class);
  private final Map<Earliest, LocalDate> earliest = new EnumMap<>(Earliest.class);

  void increment(Count count) {
    counts[count.ordinal()]++;
  }

  long get(Count count) {
    return counts[count.ordinal()];
  }

  void record(Ids kind, String id) {
    ids.computeIfAbsent(kind, k -> new ArrayList<>()).add(id);
  }

  List<String> ids(Ids kind) {
    return List.copyOf(ids.getOrDefault(kind, List.of()));
  }

  void seen(Earliest what, LocalDate date) {
    earliest.merge(what, date, (a, b) -> a.isBefore(b) ? a : b);
  }

  /** The earliest date seen, or null. */
  LocalDate earliest(Earliest what) {
    return earliest.get(what);
  }

  /** Adds the other (later) month's figures to these. */
  void merge(Tally other) {
    for (int i = 0; i < counts.length; i++) {
      counts[i] += other.counts[i];
    }
    other.ids.forEach((kind, list) -> ids.computeIfAbsent(kind, k -> new ArrayList<>()).addAll(list));
    other.earliest.forEach(this::seen);
  }
}
