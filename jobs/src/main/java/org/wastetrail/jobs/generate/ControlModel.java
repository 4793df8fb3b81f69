package org.wastetrail.jobs.generate;

import java.util.SplittableRandom;
import org.wastetrail.jobs.generate.Vocabulary.ControlType;
import org.wastetrail.jobs.generate.Vocabulary.InspectionResult;

/**
 * How customs controls a declaration: most are cleared or document-checked, a small random stratum is inspected to
 * estimate prevalence, and risk profiling targets risky lanes, goods and traders, where it finds more.
 */
final class ControlModel {

  static final double RANDOM_SHARE = 0.02;
  private static final double DOCUMENTARY_SHARE = 0.22;
  private static final double TARGETED_SHARE = 0.045;
  private static final double INTELLIGENCE_SHARE = 0.003;
  private static final double BASE_PREVALENCE = 0.025;
  private static final double COVER_PREVALENCE = 0.35;

  private ControlModel() {}

  /** The probability that the shipment breaks the rules: what a random inspection would find. */
  static double prevalence(Shipment s) {
    if (s.misdeclared()) {
      return COVER_PREVALENCE;
    }
    return Math.min(0.5, BASE_PREVALENCE * s.route().risk() * s.hsRisk() * s.traderRisk());
  }

  static Declaration declare(SplittableRandom rng, String id, Shipment s, String licenceId) {
    double targeting = s.route().risk() * s.hsRisk() * (s.misdeclared() ? 1.6 : 1) * (s.traderRisk() > 1 ? 1.3 : 1);
    double u = rng.nextDouble();
    ControlType control;
    if (u < RANDOM_SHARE) {
      control = ControlType.RANDOM;
    } else if ((u -= RANDOM_SHARE) < INTELLIGENCE_SHARE * targeting) {
      control = ControlType.INTELLIGENCE;
    } else if ((u -= INTELLIGENCE_SHARE * targeting) < TARGETED_SHARE * targeting) {
      control = ControlType.RISK_TARGETED;
    } else if ((u -= TARGETED_SHARE * targeting) < DOCUMENTARY_SHARE) {
      control = ControlType.DOCUMENTARY;
    } else {
      control = ControlType.NONE;
    }
    return new Declaration(id, s, licenceId, control, inspect(rng, control, prevalence(s)));
  }

  /** Targeted and intelligence-led controls find more than the prevalence; random ones find just the prevalence. */
  static InspectionResult inspect(SplittableRandom rng, ControlType control, double prevalence) {
    double hit =
        switch (control) {
          case NONE, DOCUMENTARY -> -1;
          case RANDOM -> prevalence;
          case RISK_TARGETED -> Math.min(0.85, 0.1 + 1.8 * prevalence);
          case INTELLIGENCE -> Math.min(0.95, 0.3 + 1.5 * prevalence);
        };
    if (hit < 0) {
      return InspectionResult.NOT_INSPECTED;
    }
    return rng.nextDouble() < hit ? InspectionResult.VIOLATION : InspectionResult.COMPLIANT;
  }
}
