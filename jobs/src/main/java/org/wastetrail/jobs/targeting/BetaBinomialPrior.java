package org.wastetrail.jobs.targeting;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.wastetrail.jobs.campaigns.RateComparisons.Interval;

/**
 * The beta prior of the hit rates of one dimension's keys: mean μ and weight M = α + β (in inspections), fitted by the
 * method of moments of a beta-binomial with unequal numbers of inspections (docs/targeting.md derives it). A key's
 * smoothed rate is its posterior mean (α + x) / (M + n), pulled towards μ the fewer inspections it has.
 */
public record BetaBinomialPrior(double mean, double weight) {
  /** Intra-class correlation at or above 1 would give the prior no weight at all. */
  static final double MAX_CORRELATION = 0.999;

  public BetaBinomialPrior {
    if (!(mean >= 0 && mean <= 1) || !(weight > 0)) {
      throw new IllegalArgumentException("a prior needs a mean in [0, 1] and a positive weight, got mean " + mean
          + " and weight " + weight);
    }
  }

  /**
   * Fits the prior from the sums over a dimension's k keys (key i: n_i ≥ 1 inspections, x_i violations). Without
   * measurable extra-binomial spread (k &lt; 2, a non-positive denominator, ρ ≤ 0) the prior weighs as much as all the
   * inspections, M = N.
   *
   * @param keys k
   * @param inspections N = Σ n_i, at least 1
   * @param violations Σ x_i
   * @param sumSquaredInspections Σ n_i²
   * @param sumSquaredViolationsPerInspection Σ x_i² / n_i
   */
  public static BetaBinomialPrior fit(long keys, long inspections, long violations, double sumSquaredInspections,
      double sumSquaredViolationsPerInspection) {
    if (keys < 1 || inspections < 1 || violations < 0 || violations > inspections) {
      throw new IllegalArgumentException("cannot fit a prior to " + keys + " keys with " + violations
          + " violations in " + inspections + " inspections");
    }
    double n = inspections;
    double mean = violations / n;
    if (keys < 2 || mean == 0 || mean == 1) {
      return new BetaBinomialPrior(mean, n);
    }
    // S = Σ n_i (x_i/n_i − μ)² = Σ x_i²/n_i − 2μ Σ x_i + μ² N = Σ x_i²/n_i − μ X.
    double spread = sumSquaredViolationsPerInspection - mean * violations;
    double denominator = n - keys + 1 - sumSquaredInspections / n;
    if (denominator <= 0) {
      return new BetaBinomialPrior(mean, n);
    }
    double correlation = (spread / (mean * (1 - mean)) - (keys - 1)) / denominator;
    if (correlation <= 0) {
      return new BetaBinomialPrior(mean, n);
    }
    double capped = Math.min(correlation, MAX_CORRELATION);
    return new BetaBinomialPrior(mean, (1 - capped) / capped);
  }

  /** False when every inspection of the dimension found a violation, or none did: Beta(α, β) needs α, β &gt; 0. */
  public boolean isProper() {
    return mean > 0 && mean < 1;
  }

  public double alpha() {
    return mean * weight;
  }

  public double beta() {
    return (1 - mean) * weight;
  }

  /** The posterior mean (α + x) / (M + n); μ itself when the prior is not proper. */
  public double smoothed(long violations, long inspections) {
    return isProper() ? (alpha() + violations) / (weight + inspections) : mean;
  }

  /**
   * The central interval of Beta(α + x, β + n − x) holding {@code level} of the posterior, e.g. 0.9 for the 5% and 95%
   * quantiles; {@code null} when the prior is not proper.
   */
  public Interval interval(long violations, long inspections, double level) {
    if (!isProper()) {
      return null;
    }
    BetaDistribution posterior = new BetaDistribution(null, alpha() + violations, beta() + inspections - violations);
    return new Interval(posterior.inverseCumulativeProbability((1 - level) / 2),
        posterior.inverseCumulativeProbability((1 + level) / 2));
  }
}
