package org.wastetrail.jobs.generate;

import java.util.SplittableRandom;

/**
 * Independent random streams derived from the one --seed: each month and each purpose draws from its own stream, so
 * months can be generated in any order and the planted signals never disturb the draws of the base world.
 */
final class Seeds {

  /** What a stream is for; the ordinal salts the seed. */
  enum Purpose {
    WORLD,
    TRADERS,
    LICENCES,
    BASE_MONTH,
    SIGNAL_MONTH
  }

  private Seeds() {}

  static SplittableRandom stream(long seed, Purpose purpose, long key) {
    return new SplittableRandom(mix(seed, purpose, key));
  }

  /** A uniform number in [0, 1) fixed by seed, purpose and key: a per-trader trait without storing it. */
  static double unit(long seed, Purpose purpose, long key) {
    return (mix(seed, purpose, key) >>> 11) * 0x1.0p-53;
  }

  static long mix(long seed, Purpose purpose, long key) {
    return mix64(mix64(seed + 0x9E3779B97F4A7C15L * (purpose.ordinal() + 1)) ^ mix64(key + 0x632BE59BD9B4E019L));
  }

  /** Stafford's variant 13 of the MurmurHash3 finaliser, as SplittableRandom uses it. */
  static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
