package org.wastetrail.jobs.generate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;

/** Small helpers the signals share to state their figures in truth.json the same way. */
final class Truths {

  private Truths() {}

  /** A rate with six decimals, or null when there is nothing to divide by. */
  static BigDecimal rate(long numerator, long denominator) {
    return denominator == 0
        ? null
        : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 6, RoundingMode.HALF_EVEN);
  }

  static void hitRate(ObjectNode node, long inspections, long violations) {
    node.put("inspections", inspections);
    node.put("violations", violations);
    node.put("hit_rate", rate(violations, inspections));
  }

  static void overallHitRate(ObjectNode node, Tally tally) {
    node.put("overall_hit_rate", rate(tally.get(Tally.Count.VIOLATIONS), tally.get(Tally.Count.INSPECTIONS)));
  }

  static void strings(ObjectNode node, String field, List<String> values) {
    values.forEach(node.withArray(field)::add);
  }

  /** The calendar quarter of a month, as the contract writes periods: 2024-Q1. */
  static String quarter(YearMonth month) {
    return month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
  }

  /** The month at a fraction of the way through the period (0 = first, 1 = last). */
  static int monthAt(List<YearMonth> months, double fraction) {
    return (int) Math.round(fraction * (months.size() - 1));
  }
}
