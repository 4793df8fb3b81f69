package org.wastetrail.jobs.generate;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Picks a lane in proportion to its weight in a year, by binary search over cumulative weights. */
final class RoutePicker {

  private final double[] cumulative;

  private RoutePicker(double[] weights) {
    cumulative = new double[weights.length];
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i];
      cumulative[i] = sum;
    }
    if (sum <= 0) {
      throw new IllegalArgumentException("no lane carries any trade");
    }
  }

  /** Declarations follow the volume of trade. */
  static RoutePicker byVolume(List<Route> routes, int year) {
    double[] w = new double[routes.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = routes.get(i).weightIn(year);
    }
    return new RoutePicker(w);
  }

  /** Cases without a declaration follow volume times risk squared: intelligence goes where smuggling is. */
  static RoutePicker byRisk(List<Route> routes, int year) {
    double[] w = new double[routes.size()];
    for (int i = 0; i < w.length; i++) {
      Route r = routes.get(i);
      w[i] = r.weightIn(year) * r.risk() * r.risk();
    }
    return new RoutePicker(w);
  }

  /** The index of the picked lane. */
  int pick(SplittableRandom rng) {
    double u = rng.nextDouble() * cumulative[cumulative.length - 1];
    int i = Arrays.binarySearch(cumulative, u);
    i = i < 0 ? -i - 1 : i + 1;
    return Math.min(i, cumulative.length - 1);
  }
}
