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
 * @param targeting the backtest cut date, inspection budgets and the overdue threshold of repatriation follow-up
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
    Targeting targeting,
    String codeVersion,
    Map<String, String> runParameters) {

  public AnalyzeConfig {
    Objects.requireNonNull(warehouse, "warehouse");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(codeVersion, "codeVersion");
    Objects.requireNonNull(targeting, "targeting");
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
        LargestSeizures.DEFAULT_TOP, List.of(), Targeting.defaults(), codeVersion, Map.of());
  }

  /**
   * Targeting and follow-up settings.
   *
   * @param cutDate first day of the backtest's test period, or {@code null} for the default (the last 12 months)
   * @param budgets inspection budgets of the backtest, as shares of the test period's inspections, each in (0, 1]
   * @param overdueDays a seizure still pending after this many days (as of the as-of date) is overdue
   */
  public record Targeting(LocalDate cutDate, List<Double> budgets, int overdueDays) {
    public static final List<Double> DEFAULT_BUDGETS = List.of(0.05, 0.1, 0.2, 0.5);
    public static final int DEFAULT_OVERDUE_DAYS = 90;

    public Targeting {
      if (budgets.isEmpty()) {
        throw new IllegalArgumentException("give at least one inspection budget");
      }
      for (double budget : budgets) {
        if (!(budget > 0 && budget <= 1)) {
          throw new IllegalArgumentException("an inspection budget is a share of the inspections above 0 and at most"
              + " 1 (0.1 = 10%), not " + budget);
        }
      }
      if (overdueDays < 1) {
        throw new IllegalArgumentException("the overdue threshold must be at least 1 day, not " + overdueDays);
      }
      budgets = budgets.stream().distinct().sorted().toList();
    }

    public static Targeting defaults() {
      return new Targeting(null, DEFAULT_BUDGETS, DEFAULT_OVERDUE_DAYS);
    }
  }
}
