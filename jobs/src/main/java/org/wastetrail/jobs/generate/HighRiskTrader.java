package org.wastetrail.jobs.generate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.SplittableRandom;
import org.wastetrail.jobs.generate.Vocabulary.ControlType;
import org.wastetrail.jobs.generate.Vocabulary.InspectionResult;

/**
 * One exporter of e-waste to West Africa whose shipments are inspected often and found in breach more often than not;
 * spread over six lanes so that no lane becomes high-risk through it alone.
 */
final class HighRiskTrader implements PlantedSignal {

  private record Lane(Route route, String port) {}

  private static final List<Lane> LANES = List.of(
      lane("DE-NG", "DEBRV"), lane("BE-NG", "BEANR"), lane("FR-BJ", "FRLEH"), lane("ES-TG", "ESVLC"),
      lane("IT-NG", "ITSPE"), lane("GB-NG", "GBSOU"));

  private final World world;
  private final String traderId;
  private final long[] perMonth;
  private final double hitRate;

  HighRiskTrader(World world, SignalSizes sizes) {
    this.world = world;
    this.traderId = world.traders().id(world.plantedTrader(World.PlantedRole.HIGH_RISK_TRADER, 0));
    this.perMonth = world.spreadOverMonths(sizes.highRiskTraderDeclarations(world.options().declarations()));
    this.hitRate = sizes.highRiskTraderViolationProbability();
  }

  private static Lane lane(String path, String port) {
    return new Lane(new Route(path, WasteCategory.E_WASTE, new double[] {0, 0, 0}, 1.3, 0.5,
        new Cover[] {Cover.USED_GOODS, Cover.MACHINERY, Cover.METAL}), port);
  }

  @Override
  public String name() {
    return "high_risk_trader";
  }

  @Override
  public void observe(Declaration d, Tally tally) {
    if (d.shipment().traderId().equals(traderId)) {
      tally.increment(Tally.Count.HIGH_RISK_TRADER_DECLARATIONS);
      if (d.inspected()) {
        tally.increment(Tally.Count.HIGH_RISK_TRADER_INSPECTIONS);
      }
      if (d.violation()) {
        tally.increment(Tally.Count.HIGH_RISK_TRADER_VIOLATIONS);
      }
    }
  }

  @Override
  public void plant(MonthWork work) {
    SplittableRandom rng = work.signalRandom();
    for (long i = 0; i < perMonth[work.monthIndex()]; i++) {
      Lane lane = LANES.get(rng.nextInt(LANES.size()));
      Shipment shipment = ShipmentFactory.create(rng, work.randomDay(rng), lane.route(), Ports.of(lane.port()),
          traderId, 1.0, lane.route().coverProbability());
      ControlType control = rng.nextDouble() < 0.2 ? ControlType.INTELLIGENCE : ControlType.RISK_TARGETED;
      InspectionResult result = rng.nextDouble() < hitRate ? InspectionResult.VIOLATION : InspectionResult.COMPLIANT;
      Declaration d = new Declaration(work.nextDeclarationId(), shipment, "", control, result);
      work.write(d);
      if (d.violation()) {
        work.maybeSeize(rng, d);
      }
    }
  }

  @Override
  public void describe(ObjectNode node, Tally tally) {
    node.put("trader_id", traderId);
    node.put("declarations", tally.get(Tally.Count.HIGH_RISK_TRADER_DECLARATIONS));
    Truths.hitRate(node, tally.get(Tally.Count.HIGH_RISK_TRADER_INSPECTIONS),
        tally.get(Tally.Count.HIGH_RISK_TRADER_VIOLATIONS));
    Truths.overallHitRate(node, tally);
    node.put("story", "Exporter of used electronics to West Africa from six European ports, mostly as used goods.");
  }
}
