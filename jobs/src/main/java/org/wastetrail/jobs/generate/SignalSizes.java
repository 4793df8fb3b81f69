package org.wastetrail.jobs.generate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;

/**
 * The strength of every planted signal, in one place. Where a signal scales with the data, its size is the larger of
 * a floor (so it shows in small samples) and a rate per base declaration (so it still shows in large runs).
 *
 * @param spikeMinimumExtra extra seizures at the spike port in the spike month, at least
 * @param spikeExtraPerDeclaration ... or this many per base declaration
 * @param emergingMinimumPerMonth declarations a month on the emerging route from its first quarter, at least
 * @param emergingShareOfMonth ... or this share of the month's base declarations
 * @param campaignPromotionProbability chance that an uninspected declaration at a scope port during the campaign is
 *     inspected after all
 * @param displacementMinimumExtra extra seizures at the displacement port during the campaign, at least
 * @param displacementExtraPerDeclaration ... or this many per base declaration
 * @param quotaGrams the over-used licence's quota
 * @param quotaUsesGrams its imports before the one that crosses the quota
 * @param quotaExcessGrams by how much the crossing import exceeds the quota
 * @param overdueCases seizures left pending long past the 90-day mark
 * @param overdueMinimumAgeDays their age at the end of the data, at least
 * @param highRiskRouteMinimumInspections extra inspected declarations on the high-risk route, at least
 * @param highRiskRoutePerDeclaration ... or this many per base declaration
 * @param highRiskRouteViolationProbability hit rate of those inspections
 * @param highRiskTraderMinimumInspections inspected declarations of the high-risk trader, at least
 * @param highRiskTraderPerDeclaration ... or this many per base declaration
 * @param highRiskTraderViolationProbability hit rate of those inspections
 */
record SignalSizes(
    int spikeMinimumExtra,
    double spikeExtraPerDeclaration,
    int emergingMinimumPerMonth,
    double emergingShareOfMonth,
    double campaignPromotionProbability,
    int displacementMinimumExtra,
    double displacementExtraPerDeclaration,
    long quotaGrams,
    List<Long> quotaUsesGrams,
    long quotaExcessGrams,
    int overdueCases,
    int overdueMinimumAgeDays,
    int highRiskRouteMinimumInspections,
    double highRiskRoutePerDeclaration,
    double highRiskRouteViolationProbability,
    int highRiskTraderMinimumInspections,
    double highRiskTraderPerDeclaration,
    double highRiskTraderViolationProbability) {

  static final SignalSizes STANDARD =
      new SignalSizes(
          12, 0.00005,
          3, 0.004,
          0.3,
          8, 0.00003,
          100_000_000L, List.of(21_540_000L, 24_310_500L, 19_875_250L, 22_960_000L), 8_642_375L,
          5, 120,
          110, 0.002, 0.65,
          60, 0.0008, 0.8);

  SignalSizes {
    quotaUsesGrams = List.copyOf(quotaUsesGrams);
    if (sum(quotaUsesGrams) >= quotaGrams || quotaExcessGrams <= 0) {
      throw new IllegalArgumentException("the quota must be crossed by the last import, not before");
    }
  }

  long spikeExtra(long declarations) {
    return Math.max(spikeMinimumExtra, Math.round(declarations * spikeExtraPerDeclaration));
  }

  long emergingPerMonth(long monthDeclarations) {
    return Math.max(emergingMinimumPerMonth, Math.round(monthDeclarations * emergingShareOfMonth));
  }

  long displacementExtra(long declarations) {
    return Math.max(displacementMinimumExtra, Math.round(declarations * displacementExtraPerDeclaration));
  }

  long highRiskRouteDeclarations(long declarations) {
    return Math.max(highRiskRouteMinimumInspections, Math.round(declarations * highRiskRoutePerDeclaration));
  }

  long highRiskTraderDeclarations(long declarations) {
    return Math.max(highRiskTraderMinimumInspections, Math.round(declarations * highRiskTraderPerDeclaration));
  }

  long quotaUsedBeforeCrossing() {
    return sum(quotaUsesGrams);
  }

  private static long sum(List<Long> grams) {
    long sum = 0;
    for (long g : grams) {
      sum += g;
    }
    return sum;
  }

  /** The import that crosses the quota: what is left of it plus the excess. */
  long quotaCrossingGrams() {
    return quotaGrams - quotaUsedBeforeCrossing() + quotaExcessGrams;
  }

  void describe(ObjectNode node) {
    node.put("spike_minimum_extra_seizures", spikeMinimumExtra);
    node.put("spike_extra_seizures_per_declaration", BigDecimal.valueOf(spikeExtraPerDeclaration));
    node.put("emerging_minimum_declarations_per_month", emergingMinimumPerMonth);
    node.put("emerging_share_of_month", BigDecimal.valueOf(emergingShareOfMonth));
    node.put("campaign_promotion_probability", BigDecimal.valueOf(campaignPromotionProbability));
    node.put("displacement_minimum_extra_seizures", displacementMinimumExtra);
    node.put("displacement_extra_seizures_per_declaration", BigDecimal.valueOf(displacementExtraPerDeclaration));
    node.put("quota_kg", kilograms(quotaGrams));
    quotaUsesGrams.forEach(g -> node.withArray("quota_uses_before_crossing_kg").add(kilograms(g)));
    node.put("quota_excess_kg", kilograms(quotaExcessGrams));
    node.put("overdue_cases", overdueCases);
    node.put("overdue_minimum_age_days", overdueMinimumAgeDays);
    node.put("high_risk_route_minimum_inspections", highRiskRouteMinimumInspections);
    node.put("high_risk_route_added_per_declaration", BigDecimal.valueOf(highRiskRoutePerDeclaration));
    node.put("high_risk_route_violation_probability", BigDecimal.valueOf(highRiskRouteViolationProbability));
    node.put("high_risk_trader_minimum_inspections", highRiskTraderMinimumInspections);
    node.put("high_risk_trader_per_declaration", BigDecimal.valueOf(highRiskTraderPerDeclaration));
    node.put("high_risk_trader_violation_probability", BigDecimal.valueOf(highRiskTraderViolationProbability));
  }

  /** Grams as an exact kilogram figure for truth.json: 8642.375, 100000. */
  static BigDecimal kilograms(long grams) {
    BigDecimal kg = BigDecimal.valueOf(grams, 3).stripTrailingZeros();
    return kg.scale() < 0 ? kg.setScale(0) : kg;
  }
}
