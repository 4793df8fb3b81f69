package org.wastetrail.jobs.campaigns;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import org.wastetrail.jobs.aggregate.SeizureSizes;

/**
 * The outlier rule of campaign reviews, Tukey's fence on the log scale (seizure weights are strongly skewed and span
 * orders of magnitude, from a parcel to a ship's hold): within a group, over the seizures with quantity_kg &gt; 0, and
 * only when there are at least {@value #MIN_SEIZURES} of them, the fence is 10^(Q3 + 1.5·(Q3 − Q1)) where Q1 and Q3
 * are the exact quartiles (linear interpolation) of log10(kg); a seizure heavier than the fence is an outlier. The
 * comparison is made on the log scale, where the quartiles are, so that a seizure equal to a quartile is never an
 * outlier through rounding.
 *
 * <p>The arithmetic is Spark SQL's, so that the figures do not depend on where they are computed: {@code log10} and
 * {@code pow} of {@link StrictMath}, the quartiles as Spark's {@code percentile} interpolates them, and the fence in kg
 * cast to DECIMAL(38,3) through the double's shortest decimal form, rounded half up.
 */
public final class OutlierFences {
  public static final int MIN_SEIZURES = 5;
  static final double IQR_MULTIPLIER = 1.5;
  /** The group's fence in kg; null with fewer than {@value #MIN_SEIZURES} weighed seizures. */
  public static final String FENCE_KG = "outlier_fence_kg";
  /** True for a seizure above its group's fence; false for every other fact. */
  public static final String OUTLIER = "outlier";
  private static final int FENCE_PRECISION = 38;

  private OutlierFences() {}

  /** A group's fence: its log10 and its kg, both null with too few weighed seizures (nothing is then an outlier). */
  public record Fence(Double log10, BigDecimal kg) {
    static final Fence NONE = new Fence(null, null);

    /** Whether a seizure of this weight (null: unweighed) is above the fence. */
    public boolean above(BigDecimal seizureKg) {
      return log10 != null && seizureKg != null && seizureKg.signum() > 0
          && StrictMath.log10(seizureKg.doubleValue()) > log10;
    }
  }

  /** The fence of a group of seizure weights (the nulls and the weights of 0 kg or less take no part). */
  public static Fence of(Collection<BigDecimal> weights) {
    double[] logs = weights.stream().filter(kg -> kg != null && kg.signum() > 0)
        .mapToDouble(kg -> StrictMath.log10(kg.doubleValue())).sorted().toArray();
    if (logs.length < MIN_SEIZURES) {
      return Fence.NONE;
    }
    double q1 = SeizureSizes.percentile(logs, 0.25);
    double q3 = SeizureSizes.percentile(logs, 0.75);
    double limit = q3 + (q3 - q1) * IQR_MULTIPLIER;
    return new Fence(limit, kg(StrictMath.pow(10.0, limit)));
  }

  /** A fence beyond any DECIMAL(38,3) (only with absurd spreads) is left empty; nothing can be above it anyway. */
  private static BigDecimal kg(double fence) {
    if (!Double.isFinite(fence)) {
      return null;
    }
    BigDecimal kg = new BigDecimal(Double.toString(fence), MathContext.DECIMAL128).setScale(3, RoundingMode.HALF_UP);
    return kg.precision() > FENCE_PRECISION ? null : kg;
  }
}
