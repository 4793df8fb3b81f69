package org.wastetrail.jobs.generate;

import java.time.DayOfWeek;
import java.time.YearMonth;
import java.util.List;

/** How many records fall in each month and day: seasonality, a gentle trend and the working week, shared out exactly. */
final class Volumes {

  /** Chinese New Year slows February, European holidays August; trade peaks before the year end. */
  private static final double[] SEASON = {1.0, 0.82, 1.05, 1.0, 1.02, 1.0, 0.97, 0.88, 1.02, 1.08, 1.06, 0.92};

  private Volumes() {}

  static long[] perMonth(long total, List<YearMonth> months) {
    double[] weights = new double[months.size()];
    for (int i = 0; i < weights.length; i++) {
      YearMonth m = months.get(i);
      double trend = Math.max(0.5, 1 + 0.03 * (m.getYear() - 2022));
      weights[i] = SEASON[m.getMonthValue() - 1] * m.lengthOfMonth() / 30.4 * trend;
    }
    return allocate(total, weights);
  }

  /** Weekdays carry the traffic; weekends a little. */
  static double[] dayWeights(YearMonth month) {
    double[] weights = new double[month.lengthOfMonth()];
    for (int d = 0; d < weights.length; d++) {
      DayOfWeek day = month.atDay(d + 1).getDayOfWeek();
      weights[d] = day == DayOfWeek.SATURDAY ? 0.35 : day == DayOfWeek.SUNDAY ? 0.12 : 1.0;
    }
    return weights;
  }

  /** Shares the total in proportion to the weights by largest remainder: the parts add up exactly. */
  static long[] allocate(long total, double[] weights) {
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    long[] parts = new long[weights.length];
    double[] remainders = new double[weights.length];
    long given = 0;
    for (int i = 0; i < weights.length; i++) {
      double exact = total * weights[i] / sum;
      parts[i] = (long) Math.floor(exact);
      remainders[i] = exact - parts[i];
      given += parts[i];
    }
    for (long left = total - given; left > 0; left--) {
      int best = 0;
      for (int i = 1; i < remainders.length; i++) {
        if (remainders[i] > remainders[best]) {
          best = i;
        }
      }
      parts[best]++;
      remainders[best] = -1;
    }
    return parts;
  }
}
