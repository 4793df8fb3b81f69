package org.wastetrail.jobs.generate;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The pseudonymous traders: each lane has its own block of traders, a few of whom ship most of its volume; each trader
 * has a latent risk of shipping illegally. Indices past the lane blocks belong to licence holders and planted traders,
 * so they never appear in the general trade.
 */
final class Traders {

  private static final int MIN_POOL = 400;
  private static final int MAX_POOL = 60_000;
  private static final int DECLARATIONS_PER_TRADER = 25;

  private final long seed;
  private final int[] blockStart;
  private final int[] blockSize;
  private final int poolSize;
  private final String[] poolIds;

  Traders(long seed, long declarations, List<Route> routes, List<Integer> years) {
    this.seed = seed;
    int target = (int) Math.max(MIN_POOL, Math.min(MAX_POOL, declarations / DECLARATIONS_PER_TRADER));
    double[] shares = new double[routes.size()];
    double total = 0;
    for (int r = 0; r < shares.length; r++) {
      for (int year : years) {
        shares[r] += routes.get(r).weightIn(year);
      }
      total += shares[r];
    }
    blockStart = new int[routes.size()];
    blockSize = new int[routes.size()];
    int next = 0;
    for (int r = 0; r < shares.length; r++) {
      blockStart[r] = next;
      blockSize[r] = (int) Math.max(3, Math.round(target * shares[r] / total));
      next += blockSize[r];
    }
    poolSize = next;
    poolIds = new String[poolSize];
    for (int i = 0; i < poolSize; i++) {
      poolIds[i] = format(i);
    }
  }

  /** A trader of the lane: the cube of a uniform number gives a few big shippers and a long tail of small ones. */
  int pick(SplittableRandom rng, int routeIndex) {
    double u = rng.nextDouble();
    return blockStart[routeIndex] + (int) (blockSize[routeIndex] * u * u * u);
  }

  /** The k-th trader outside the lane blocks (licence holders, planted traders). */
  int outsidePool(int k) {
    return poolSize + k;
  }

  /** "TRD-" and eight hex digits: a bijection of the index, so distinct traders never share an id. */
  String id(int index) {
    return index < poolSize ? poolIds[index] : format(index);
  }

  private String format(int index) {
    int x = index ^ (int) seed;
    x = (x ^ (x >>> 16)) * 0x45D9F3B;
    x = (x ^ (x >>> 16)) * 0x45D9F3B;
    x = x ^ (x >>> 16);
    String hex = Integer.toHexString(x).toUpperCase(Locale.ROOT);
    return "TRD-" + "00000000".substring(hex.length()) + hex;
  }

  /** Most traders are ordinary; one in five ships illegally more often, one in twenty much more often. */
  double risk(int index) {
    double u = Seeds.unit(seed, Seeds.Purpose.TRADERS, index);
    return u < 0.80 ? 0.8 : u < 0.95 ? 1.5 : 2.0;
  }
}
