package org.wastetrail.jobs.analyze;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.wastetrail.jobs.trends.EmergingRoutes;
import org.wastetrail.jobs.trends.LargestSeizures;

/**
 * What to analyse and how.
 *
 * @param from first record date analysed, or {@code null} for all
 * @param to last record date analysed, or {@code null} for all
 * @param asOf the date the analysis speaks for (default: the last record date); spikes are judged up to its month
 * @param emergingLookback quarters without records before a route counts as emerging
 * @param largestTop how many largest seizures per period
 * @param against campaign ids every later campaign is also compared with (per administration per day)
 * @param runParameters what the caller ran with, recorded in the manifest
 */
public record AnalyzeConfig(
    String warehouse,
    String out,
    LocalDate from,
    LocalDate to,
    LocalDate asOf,
    int emergingLookback,
    int largestTop,
    List<String> against,
    String codeVersion,
    Map<String, String> runParameters) {

  public AnalyzeConfig {
    Objects.requireNonNull(warehouse, "warehouse");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(codeVersion, "codeVersion");
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("--from " + from + " is after --to " + to);
    }
    if (emergingLookback < 1) {
      throw new IllegalArgumentException("the emerging-route look-back must be at least 1 period");
    }
    if (largestTop < 1) {
      throw new IllegalArgumentException("the number of largest seizures must be at least 1");
    }
    against = List.copyOf(against);
    runParameters = Map.copyOf(new TreeMap<>(runParameters));
  }

  public static AnalyzeConfig defaults(String warehouse, String out, String codeVersion) {
    return new AnalyzeConfig(warehouse, out, null, null, null, EmergingRoutes.DEFAULT_LOOKBACK,
        LargestSeizures.DEFAULT_TOP, List.of(), codeVersion, Map.of());
  }
}
