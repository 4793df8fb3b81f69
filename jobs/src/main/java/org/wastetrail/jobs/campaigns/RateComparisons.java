package org.wastetrail.jobs.campaigns;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The statistics of campaign comparisons. Seizure rates: exact conditional (binomial) inference on the rate ratio —
 * given the total count, the campaign's share is binomial with p = campaign exposure × rate / total; the Clopper–Pearson
 * interval of p maps to the ratio, and the p-value is the two-sided exact binomial test of equal rates (probabilities no
 * larger than the observed one, as R's binom.test and poisson.test). Hit rates: the ratio of two proportions with the
 * Katz log interval. A value that cannot be computed is {@code null}.
 */
public final class RateComparisons {
  static final double CONFIDENCE = 0.95;
  private static final double RELATIVE_TOLERANCE = 1 + 1e-7;

  private RateComparisons() {}

  /** A ratio with its 95% interval and, for rate ratios, the p-value of equal rates. */
  public record Ratio(Double ratio, Double low, Double high, Double pValue) {}

  /**
   * Rate ratio (campaignCount / campaignExposure) / (baselineCount / baselineExposure), exposures in days (or
   * administration-days).
   */
  public static Ratio seizureRateRatio(long campaignCount, double campaignExposure, long baselineCount,
      double baselineExposure) {
    long n = campaignCount + baselineCount;
    if (n == 0 || campaignExposure <= 0 || baselineExposure <= 0) {
      return new Ratio(null, null, null, null);
    }
    double scale = baselineExposure / campaignExposure;
    double pNull = campaignExposure / (campaignExposure + baselineExposure);
    double pValue = exactTwoSidedP(campaignCount, n, pNull);
    Interval share = clopperPearson(campaignCount, n);
    Double ratio = baselineCount == 0 ? null : (double) campaignCount / baselineCount * scale;
    Double high = share.high() >= 1 ? null : share.high() / (1 - share.high()) * scale;
    return new Ratio(ratio, share.low() / (1 - share.low()) * scale, high, pValue);
  }

  /** The bounds of an interval, low ≤ high. */
  public record Interval(double low, double high) {}

  /** The exact (Clopper–Pearson) 95% interval of a binomial proportion: successes of trials, trials ≥ 1. */
  public static Interval clopperPearson(long successes, long trials) {
    double alpha = 1 - CONFIDENCE;
    double low = successes == 0 ? 0
        : new BetaDistribution(null, successes, trials - successes + 1.0).inverseCumulativeProbability(alpha / 2);
    double high = successes == trials ? 1
        : new BetaDistribution(null, successes + 1.0, trials - successes).inverseCumulativeProbability(1 - alpha / 2);
    return new Interval(low, high);
  }

  /** Two-sided exact binomial test: the probability of outcomes no more likely than the observed one. */
  static double exactTwoSidedP(long x, long n, double p) {
    BinomialDistribution binomial = new BinomialDistribution(null, (int) n, p);
    double observed = binomial.probability((int) x);
    double total = 0;
    for (int k = 0; k <= n; k++) {
      double probability = binomial.probability(k);
      if (probability <= observed * RELATIVE_TOLERANCE) {
        total += probability;
      }
    }
    return Math.min(1, total);
  }

  /** Hit-rate ratio (campaign violations / inspections) / (baseline violations / inspections), Katz log interval. */
  public static Ratio hitRateRatio(long campaignViolations, long campaignInspections, long baselineViolations,
      long baselineInspections) {
    if (campaignInspections == 0 || baselineInspections == 0 || baselineViolations == 0) {
      return new Ratio(null, null, null, null);
    }
    double ratio = ((double) campaignViolations / campaignInspections)
        / ((double) baselineViolations / baselineInspections);
    if (campaignViolations == 0) {
      return new Ratio(ratio, null, null, null);
    }
    double se = Math.sqrt(1.0 / campaignViolations - 1.0 / campaignInspections + 1.0 / baselineViolations
        - 1.0 / baselineInspections);
    double z = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
    return new Ratio(ratio, ratio * Math.exp(-z * se), ratio * Math.exp(z * se), null);
  }
}
