package org.wastetrail.jobs.campaigns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RateComparisonsTest {

  @Test
  @DisplayName("R's binom.test example (Mendel: 682 of 925, p = 3/4): CI 0.7076683–0.7654066, p = 0.3825")
  void mendel() {
    // Exposures 3:1 make the null share 3/4; the ratio interval is the proportion interval mapped by p/(1-p)/3.
    RateComparisons.Ratio r = RateComparisons.seizureRateRatio(682, 3, 243, 1);
    assertEquals((682.0 / 3) / 243, r.ratio(), 1e-12);
    assertEquals(0.7076683 / (1 - 0.7076683) / 3, r.low(), 1e-6);
    assertEquals(0.7654066 / (1 - 0.7654066) / 3, r.high(), 1e-6);
    assertEquals(0.3825, r.pValue(), 5e-5);
  }

  @Test
  @DisplayName("Clopper–Pearson: R's binom.test interval for 682 of 925; closed forms at 0 and n of 10")
  void clopperPearson() {
    RateComparisons.Interval mendel = RateComparisons.clopperPearson(682, 925);
    assertEquals(0.7076683, mendel.low(), 1e-7);
    assertEquals(0.7654066, mendel.high(), 1e-7);
    // With no successes the upper bound solves (1 − p)^10 = 0.025; with all, the lower bound solves p^10 = 0.025.
    RateComparisons.Interval none = RateComparisons.clopperPearson(0, 10);
    assertEquals(0.0, none.low());
    assertEquals(1 - Math.pow(0.025, 0.1), none.high(), 1e-9);
    RateComparisons.Interval all = RateComparisons.clopperPearson(10, 10);
    assertEquals(Math.pow(0.025, 0.1), all.low(), 1e-9);
    assertEquals(1.0, all.high());
  }

  @Test
  @DisplayName("R's poisson.test example (11 in 800 vs 21 in 3011): ratio 1.971488, CI 0.8584264–4.2772659, p 0.07967")
  void poissonComparison() {
    RateComparisons.Ratio r = RateComparisons.seizureRateRatio(11, 800, 6 + 8 + 7, 1083 + 1050 + 878);
    assertEquals(1.971488, r.ratio(), 1e-6);
    assertEquals(0.8584264, r.low(), 1e-6);
    assertEquals(4.2772659, r.high(), 1e-6);
    assertEquals(0.07967, r.pValue(), 5e-6);
  }

  @Test
  @DisplayName("equal rates give ratio 1 and p-value 1; zero counts give no ratio, or no upper bound")
  void edges() {
    RateComparisons.Ratio equal = RateComparisons.seizureRateRatio(10, 31, 10, 31);
    assertEquals(1.0, equal.ratio(), 1e-12);
    assertEquals(1.0, equal.pValue(), 1e-12);
    RateComparisons.Ratio none = RateComparisons.seizureRateRatio(0, 31, 0, 31);
    assertNull(none.ratio());
    assertNull(none.pValue());
    RateComparisons.Ratio noBaseline = RateComparisons.seizureRateRatio(5, 31, 0, 31);
    assertNull(noBaseline.ratio());
    assertNull(noBaseline.high());
    assertEquals(0.0625, noBaseline.pValue(), 1e-12, "2 × 0.5^5");
    RateComparisons.Ratio noCampaign = RateComparisons.seizureRateRatio(0, 31, 5, 31);
    assertEquals(0.0, noCampaign.ratio(), 1e-12);
    assertEquals(0.0, noCampaign.low(), 1e-12);
  }

  @Test
  @DisplayName("hit-rate ratio 30/100 vs 15/100 = 2 with Katz interval 1.148878–3.481658 (worked by hand)")
  void katz() {
    RateComparisons.Ratio r = RateComparisons.hitRateRatio(30, 100, 15, 100);
    assertEquals(2.0, r.ratio(), 1e-12);
    assertEquals(1.1488778, r.low(), 1e-6);
    assertEquals(3.4816583, r.high(), 1e-6);
    assertNull(RateComparisons.hitRateRatio(3, 10, 0, 10).ratio(), "no baseline violations");
    assertNull(RateComparisons.hitRateRatio(3, 0, 1, 10).ratio(), "no campaign inspections");
  }
}
