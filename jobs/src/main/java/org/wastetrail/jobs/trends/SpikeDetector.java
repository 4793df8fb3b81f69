package org.wastetrail.jobs.trends;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * A count-aware spike test for monthly counts, in the spirit of the Farrington method (Farrington et al. 1996, J. R.
 * Statist. Soc. A 159:547; Noufaily et al. 2013): the expected count of a month comes from the same months of earlier
 * years (the month itself and one either side, up to {@code yearsBack} years) and the most recent months; the spread is
 * quasi-Poisson (variance = dispersion × mean, dispersion ≥ 1 estimated from the reference counts); the threshold is
 * the upper {@code 1 - alpha} prediction limit on the 2/3-power scale, where counts are close to normal.
 *
 * <p>Simplifications, documented in docs/analytics.md: no trend term and no down-weighting of past spikes. Guards: at
 * least {@code minReferencePoints} reference months, and no alarm below {@code minCount} (tiny counts never alarm).
 */
public final class SpikeDetector implements Serializable {
  public static final String METHOD = "FARRINGTON_QUASI_POISSON";

  private final double alpha;
  private final double z;
  private final int yearsBack;
  private final int halfWindow;
  private final int recentMonths;
  private final int minReferencePoints;
  private final long minCount;

  public SpikeDetector(double alpha, int yearsBack, int halfWindow, int recentMonths, int minReferencePoints,
      long minCount) {
    if (alpha <= 0 || alpha >= 0.5) {
      throw new IllegalArgumentException("alpha must be in (0, 0.5): " + alpha);
    }
    this.alpha = alpha;
    this.z = upperNormalQuantile(alpha);
    this.yearsBack = yearsBack;
    this.halfWindow = halfWindow;
    this.recentMonths = recentMonths;
    this.minReferencePoints = minReferencePoints;
    this.minCount = minCount;
  }

  /** alpha 0.01; three years back, one month either side; three recent months; six reference months; five cases. */
  public static SpikeDetector defaults() {
    return new SpikeDetector(0.01, 3, 1, 3, 6, 5);
  }

  public double alpha() {
    return alpha;
  }

  /** The judgement of one month. */
  public record Evaluation(int month, long observed, double expected, double threshold, double dispersion,
      int referencePoints, double score, boolean alarm) {}

  /**
   * Judges every month of a contiguous monthly series that has enough reference months.
   *
   * @param counts counts[i] is the count of month i (a month without records is 0)
   * @param fromMonth the first month to judge (earlier months only serve as reference)
   */
  public List<Evaluation> evaluateAll(long[] counts, int fromMonth) {
    List<Evaluation> evaluations = new ArrayList<>();
    for (int month = Math.max(0, fromMonth); month < counts.length; month++) {
      Evaluation e = evaluateMonth(counts, month);
      if (e != null) {
        evaluations.add(e);
      }
    }
    return evaluations;
  }

  /** The judgement of one month, or {@code null} when it has too few reference months. */
  public Evaluation evaluateMonth(long[] counts, int month) {
    long[] reference = referenceCounts(counts, month);
    int n = reference.length;
    if (n < minReferencePoints) {
      return null;
    }
    double mean = 0;
    for (long c : reference) {
      mean += c;
    }
    mean /= n;
    double variance = 0;
    for (long c : reference) {
      variance += (c - mean) * (c - mean);
    }
    variance /= n - 1;
    double dispersion = mean > 0 ? Math.max(1.0, variance / mean) : 1.0;
    double threshold = threshold(mean, dispersion, n);
    long observed = counts[month];
    double score = threshold > mean ? (observed - mean) / (threshold - mean) : (observed > mean ? 1 : 0);
    boolean alarm = observed >= minCount && observed > threshold;
    return new Evaluation(month, observed, mean, threshold, dispersion, n, score, alarm);
  }

  /**
   * Upper prediction limit. On the 2/3-power scale y^(2/3) has variance ≈ (2/3)² μ^(-2/3) Var(y), with
   * Var(y - μ̂) = φμ(1 + 1/n) for the new count and the estimated mean.
   */
  double threshold(double mean, double dispersion, int n) {
    if (mean <= 0) {
      return 0;
    }
    double sdOnTransformedScale = (2.0 / 3.0) * Math.pow(mean, -1.0 / 3.0) * Math.sqrt(dispersion * mean * (1.0 + 1.0 / n));
    return Math.pow(Math.pow(mean, 2.0 / 3.0) + z * sdOnTransformedScale, 1.5);
  }

  /** Same months of earlier years (± halfWindow), then the recent months; only months inside the series. */
  long[] referenceCounts(long[] counts, int month) {
    List<Long> reference = new ArrayList<>();
    for (int year = 1; year <= yearsBack; year++) {
      for (int offset = -halfWindow; offset <= halfWindow; offset++) {
        int m = month - 12 * year + offset;
        if (m >= 0 && m < month - recentMonths) {
          reference.add(counts[m]);
        }
      }
    }
    for (int back = 1; back <= recentMonths; back++) {
      if (month - back >= 0) {
        reference.add(counts[month - back]);
      }
    }
    return reference.stream().mapToLong(Long::longValue).toArray();
  }

  static double upperNormalQuantile(double alpha) {
    return new NormalDistribution(null, 0, 1).inverseCumulativeProbability(1 - alpha);
  }
}
