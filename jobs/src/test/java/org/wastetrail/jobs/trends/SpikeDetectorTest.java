package org.wastetrail.jobs.trends;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Expected figures worked out by hand (and checked with Python's statistics.NormalDist). */
class SpikeDetectorTest {
  private final SpikeDetector detector = SpikeDetector.defaults();

  private static long[] flat(int months, long value) {
    long[] counts = new long[months];
    Arrays.fill(counts, value);
    return counts;
  }

  @Test
  @DisplayName("reference months: the same month a year back with one either side, then the three latest months")
  void referenceMonths() {
    long[] counts = new long[30];
    for (int i = 0; i < counts.length; i++) {
      counts[i] = 100 + i;
    }
    assertArrayEquals(new long[] {100, 101, 102, 112, 111, 110}, detector.referenceCounts(counts, 13));
    assertArrayEquals(new long[] {112, 113, 114, 100, 101, 102, 124, 123, 122}, detector.referenceCounts(counts, 25));
  }

  @Test
  @DisplayName("a steady count of 4 gives a threshold of 9.9639 at alpha 0.01; 15 is a spike with score 1.8444")
  void spikeOnSteadyCounts() {
    long[] counts = flat(24, 4);
    counts[13] = 15;
    SpikeDetector.Evaluation e = detector.evaluateMonth(counts, 13);
    assertEquals(4.0, e.expected(), 1e-12);
    assertEquals(1.0, e.dispersion(), 1e-12);
    assertEquals(6, e.referencePoints());
    assertEquals(9.963908, e.threshold(), 1e-5);
    assertEquals(1.844428, e.score(), 1e-5);
    assertTrue(e.alarm());
    counts[13] = 9;
    assertFalse(detector.evaluateMonth(counts, 13).alarm());
  }

  @Test
  @DisplayName("over-dispersed reference counts widen the threshold (quasi-Poisson)")
  void overDispersion() {
    long[] counts = flat(24, 4);
    counts[0] = 0;
    counts[1] = 8;
    counts[10] = 8;
    counts[11] = 0;
    counts[13] = 15;
    SpikeDetector.Evaluation e = detector.evaluateMonth(counts, 13);
    assertEquals(3.2, e.dispersion(), 1e-12);
    assertEquals(15.795362, e.threshold(), 1e-5);
    assertFalse(e.alarm(), "15 is within the wider band");
  }

  @Test
  @DisplayName("tiny counts never alarm, even over a zero baseline; five do")
  void tinyCounts() {
    long[] counts = new long[24];
    counts[13] = 4;
    assertFalse(detector.evaluateMonth(counts, 13).alarm());
    counts[13] = 5;
    assertTrue(detector.evaluateMonth(counts, 13).alarm());
  }

  @Test
  @DisplayName("a month with fewer than six reference months is not judged")
  void tooLittleHistory() {
    long[] counts = flat(24, 4);
    assertNull(detector.evaluateMonth(counts, 5));
    // Month 12 has two seasonal months (0, 1; month -1 is outside) and three recent ones: five, too few.
    assertNull(detector.evaluateMonth(counts, 12));
    assertEquals(11, detector.evaluateAll(counts, 0).size(), "months 13..23 are judged");
  }
}
