package org.wastetrail.jobs.targeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.wastetrail.jobs.campaigns.RateComparisons.Interval;

class BetaBinomialPriorTest {
  private static final double EXACT = 1e-12;

  /** The prior of keys given as (violations, inspections) pairs, from the sums the Spark job computes. */
  static BetaBinomialPrior fitted(long[]... keys) {
    long inspections = 0;
    long violations = 0;
    double squaredInspections = 0;
    double squaredViolationsPerInspection = 0;
    for (long[] key : keys) {
      violations += key[0];
      inspections += key[1];
      squaredInspections += key[1] * key[1];
      squaredViolationsPerInspection += (double) key[0] * key[0] / key[1];
    }
    return BetaBinomialPrior.fit(keys.length, inspections, violations, squaredInspections,
        squaredViolationsPerInspection);
  }

  @Nested
  @DisplayName("a fit on four keys worked by hand: 1/10, 2/10, 6/20, 11/20")
  class HandWorked {
    // k = 4, N = 60, X = 20, μ = 1/3, μ(1 − μ) = 2/9.
    // Σ x²/n = 0.1 + 0.4 + 1.8 + 6.05 = 8.35; S = Σ x²/n − μX = 8.35 − 20/3 = 101/60 = 1.683333.
    // S / μ(1 − μ) = 101/60 × 9/2 = 7.575; minus (k − 1) = 4.575.
    // Σ n² = 100 + 100 + 400 + 400 = 1000; denominator = 60 − 4 + 1 − 1000/60 = 121/3 = 40.333333.
    // ρ = 4.575 / (121/3) = 549/4840 = 0.1134298; M = (1 − ρ)/ρ = 4291/549 = 7.8160291;
    // α = μM = 4291/1647 = 2.6053430, β = (1 − μ)M = 8582/1647 = 5.2106861.
    private final BetaBinomialPrior prior = fitted(new long[] {1, 10}, new long[] {2, 10}, new long[] {6, 20},
        new long[] {11, 20});

    @Test
    @DisplayName("μ = 1/3, M = 4291/549, α = 4291/1647, β = 8582/1647")
    void fit() {
      assertEquals(1.0 / 3, prior.mean(), EXACT);
      assertEquals(4291.0 / 549, prior.weight(), 1e-10);
      assertEquals(4291.0 / 1647, prior.alpha(), 1e-10);
      assertEquals(8582.0 / 1647, prior.beta(), 1e-10);
      assertTrue(prior.isProper());
    }

    @Test
    @DisplayName("posterior means (α + x)/(M + n) pull each raw rate towards 1/3")
    void smoothed() {
      double alpha = 4291.0 / 1647;
      double weight = 4291.0 / 549;
      // (2.605343 + 1)/(7.816029 + 10) = 0.2023651 (raw 0.1); (2.605343 + 11)/(7.816029 + 20) = 0.4891188 (raw 0.55).
      assertEquals((alpha + 1) / (weight + 10), prior.smoothed(1, 10), EXACT);
      assertEquals(0.2023651, prior.smoothed(1, 10), 1e-7);
      assertEquals(0.2584944, prior.smoothed(2, 10), 1e-7);
      assertEquals(0.3093663, prior.smoothed(6, 20), 1e-7);
      assertEquals(0.4891188, prior.smoothed(11, 20), 1e-7);
    }

    @Test
    @DisplayName("the 90% interval of 11/20 is the 5% and 95% quantiles of Beta(13.605343, 14.210686)")
    void interval() {
      // Quantiles from an independent implementation (SciPy's beta.ppf, Boost): 0.33609210 and 0.64305179.
      Interval interval = prior.interval(11, 20, 0.9);
      assertEquals(0.3360921, interval.low(), 1e-7);
      assertEquals(0.6430518, interval.high(), 1e-7);
      assertEquals(0.05, betaCdfBySimpson(4291.0 / 1647 + 11, 8582.0 / 1647 + 9, interval.low()), 1e-7);
      assertEquals(0.95, betaCdfBySimpson(4291.0 / 1647 + 11, 8582.0 / 1647 + 9, interval.high()), 1e-7);
    }
  }

  @Test
  @DisplayName("closed forms: Beta(3, 1) has quantile p^(1/3), Beta(1, 3) has 1 − (1 − p)^(1/3)")
  void closedForms() {
    // Mean 1/2 and weight 2 is the uniform prior Beta(1, 1).
    BetaBinomialPrior uniform = new BetaBinomialPrior(0.5, 2);
    Interval allFound = uniform.interval(2, 2, 0.9);
    assertEquals(Math.cbrt(0.05), allFound.low(), 1e-9);
    assertEquals(Math.cbrt(0.95), allFound.high(), 1e-9);
    Interval noneFound = uniform.interval(0, 2, 0.9);
    assertEquals(1 - Math.cbrt(0.95), noneFound.low(), 1e-9);
    assertEquals(1 - Math.cbrt(0.05), noneFound.high(), 1e-9);
    assertEquals(0.75, uniform.smoothed(2, 2), EXACT, "(1 + 2)/(2 + 2)");
  }

  @Nested
  @DisplayName("degenerate cases")
  class Degenerate {
    @Test
    @DisplayName("one key: the prior weighs N (3/10: M = 10, α = 3, β = 7)")
    void oneKey() {
      BetaBinomialPrior prior = fitted(new long[] {3, 10});
      assertEquals(0.3, prior.mean(), EXACT);
      assertEquals(10, prior.weight(), EXACT);
      assertEquals(3, prior.alpha(), EXACT);
      assertEquals(7, prior.beta(), EXACT);
      assertEquals(0.3, prior.smoothed(3, 10), EXACT, "(3 + 3)/(10 + 10)");
    }

    @Test
    @DisplayName("less spread than binomial (2/4, 2/5): ρ < 0, so M = N = 9, α = 4, β = 5")
    void negativeCorrelation() {
      // μ = 4/9; S = 4/4 + 4/5 − 16/9 = 1/45; S/μ(1 − μ) = 0.09; minus 1 < 0.
      BetaBinomialPrior prior = fitted(new long[] {2, 4}, new long[] {2, 5});
      assertEquals(9, prior.weight(), EXACT);
      assertEquals(6.0 / 13, prior.smoothed(2, 4), EXACT, "(4 + 2)/(9 + 4)");
      assertEquals(6.0 / 14, prior.smoothed(2, 5), EXACT, "(4 + 2)/(9 + 5)");
    }

    @Test
    @DisplayName("equal rates (2/10, 2/10): no spread at all, ρ < 0, M = N = 20")
    void noSpread() {
      // S = 0.4 + 0.4 − 0.2 × 4 = 0; ρ = (0 − 1)/(20 − 1 − 10) < 0.
      assertEquals(20, fitted(new long[] {2, 10}, new long[] {2, 10}).weight(), 1e-9);
    }

    @Test
    @DisplayName("one inspection per key (1/1, 0/1, 0/1): denominator N − k + 1 − Σn²/N = 3 − 3 + 1 − 1 = 0, M = N = 3")
    void singleInspections() {
      BetaBinomialPrior prior = fitted(new long[] {1, 1}, new long[] {0, 1}, new long[] {0, 1});
      assertEquals(3, prior.weight(), EXACT);
      assertEquals(1, prior.alpha(), EXACT);
      assertEquals(2, prior.beta(), EXACT);
    }

    @Test
    @DisplayName("perfectly separated keys (0/10, 10/10): ρ = 19/9 is capped at 0.999, M = 0.001/0.999")
    void correlationCapped() {
      // μ = 1/2; S = 0 + 10 − 5 = 5; S/μ(1 − μ) = 20; minus 1 = 19; denominator = 20 − 2 + 1 − 200/20 = 9.
      BetaBinomialPrior prior = fitted(new long[] {0, 10}, new long[] {10, 10});
      assertEquals(0.001 / 0.999, prior.weight(), EXACT);
      assertEquals((0.0005 / 0.999 + 10) / (0.001 / 0.999 + 10), prior.smoothed(10, 10), EXACT);
    }

    @Test
    @DisplayName("no violation anywhere (μ = 0): not proper, smoothed 0, no interval")
    void meanZero() {
      BetaBinomialPrior prior = fitted(new long[] {0, 10}, new long[] {0, 20});
      assertFalse(prior.isProper());
      assertEquals(0, prior.smoothed(0, 10), EXACT);
      assertNull(prior.interval(0, 10, 0.9));
    }

    @Test
    @DisplayName("a violation in every inspection (μ = 1): not proper, smoothed 1, no interval")
    void meanOne() {
      BetaBinomialPrior prior = fitted(new long[] {10, 10}, new long[] {20, 20});
      assertFalse(prior.isProper());
      assertEquals(1, prior.smoothed(20, 20), EXACT);
      assertNull(prior.interval(20, 20, 0.9));
    }

    @Test
    @DisplayName("no inspections, or more violations than inspections, cannot be fitted")
    void invalid() {
      assertThrows(IllegalArgumentException.class, () -> BetaBinomialPrior.fit(1, 0, 0, 0, 0));
      assertThrows(IllegalArgumentException.class, () -> BetaBinomialPrior.fit(1, 2, 3, 4, 4.5));
      assertThrows(IllegalArgumentException.class, () -> new BetaBinomialPrior(0.5, 0));
    }
  }

  /** P(X ≤ q) for X ~ Beta(a, b), a, b &gt; 1, by composite Simpson's rule on the density (normalised on [0, 1]). */
  private static double betaCdfBySimpson(double a, double b, double q) {
    return simpson(a, b, 0, q) / simpson(a, b, 0, 1);
  }

  private static double simpson(double a, double b, double from, double to) {
    int steps = 200_000;
    double h = (to - from) / steps;
    double total = density(a, b, from) + density(a, b, to);
    for (int i = 1; i < steps; i++) {
      total += (i % 2 == 1 ? 4 : 2) * density(a, b, from + i * h);
    }
    return total * h / 3;
  }

  private static double density(double a, double b, double x) {
    return Math.pow(x, a - 1) * Math.pow(1 - x, b - 1);
  }
}
