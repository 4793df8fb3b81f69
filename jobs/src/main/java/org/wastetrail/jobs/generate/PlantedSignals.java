package org.wastetrail.jobs.generate;

import java.util.List;

/** The standard set of planted signals, in the fixed order in which they add their records to each month. */
final class PlantedSignals {

  private PlantedSignals() {}

  static List<PlantedSignal> standard(World world, SignalSizes sizes) {
    CampaignEffect campaign = new CampaignEffect(world, sizes);
    return List.of(
        new SeizureSpike(world, sizes, campaign.month()),
        new EmergingRoute(world, sizes),
        campaign,
        new LicenceCases(world, sizes),
        new OverduePending(world, sizes),
        new HighRiskRoute(world, sizes),
        new HighRiskTrader(world, sizes),
        new SingleInspectionTrader(world));
  }
}
