package org.wastetrail.reports.model;

import java.util.LinkedHashMap;
import java.util.List;

/** The numbers behind the report's charts, before they are drawn. */
public final class ChartData {
  private ChartData() {}

  /** Monthly seizures and tonnes with the report period's months highlighted (indexes inclusive). */
  public record Trend(List<String> months, double[] seizures, double[] tonnes, int highlightFrom, int highlightTo) {}

  /** A monthly rate (fraction 0..1; NaN where undefined). */
  public record Rate(List<String> months, double[] rates, int highlightFrom, int highlightTo) {}

  /** Counts per period stacked by category, in legend order. */
  public record Stacked(List<String> periods, LinkedHashMap<String, double[]> series) {}

  /** Labels ranked by value, largest first. */
  public record Ranked(List<String> labels, double[] values) {}

  /** Monthly lines of several series (legend order), the months bandFrom..bandTo (inclusive; -1 none) shaded. */
  public record Lines(List<String> months, LinkedHashMap<String, double[]> series, int bandFrom, int bandTo,
      String bandLabel, String axis) {}

  /** Yearly lines of several series (legend order); NaN where a year has no value. */
  public record YearLines(List<String> years, LinkedHashMap<String, double[]> series, String axis) {}

  /** Bars grouped by category, one colour per series; values labelled with the given decimals. */
  public record Grouped(List<String> categories, LinkedHashMap<String, double[]> series, String axis, int decimals) {}

  /**
   * Estimates with intervals per key, keys in rank order (first at the top): the estimate as a dot, its interval as a
   * line, the raw value as a hollow marker, and a reference line (fractions 0..1; a missing interval has low = high =
   * the estimate).
   */
  public record Intervals(List<String> keys, double[] estimates, double[] lows, double[] highs, double[] raw,
      double reference, String referenceLabel) {}
}
