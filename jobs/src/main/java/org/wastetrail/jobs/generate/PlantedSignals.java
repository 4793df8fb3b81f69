package org.wastetrail.jobs.generate;

import java.util.List;

/** The standard set of planted signals, in the fixed order in which they add their records to each month. */
final class PlantedSignals {

  private PlantedSignals() {}

  static List<PlantedSignal> standard(World world, SignalSizes sizes) {
    return List.of();
  }
}
