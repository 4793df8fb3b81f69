package org.wastetrail.jobs.generate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.SplittableRandom;
import org.wastetrail.jobs.generate.Vocabulary.ControlType;
import org.wastetrail.jobs.generate.Vocabulary.InspectionResult;

/**
 * An ordinary lane turned bad: Antwerp to Tema carries used clothing in the base world; here it also carries e-waste
 * hidden as used goods, inspected on profile and found far more often than anywhere else.
 */
final class HighRiskRoute implements PlantedSignal {

  static final Route ROUTE = new Route("BE-GH", WasteCategory.E_WASTE, new double[] {0, 0, 0}, 1.3, 0.8,
      new Cover[] {Cover.USED_GOODS, Cover.MACHINERY});

  private final World world;
  private final long[] perMonth;
  private final double hitRate;

  HighRiskRoute(World world, SignalSizes sizes) {
    this.world = world;
    this.perMonth = world.spreadOverMonths(sizes.highRiskRouteDeclarations(world.options().declarations()));
    this.hitRate = sizes.highRiskRouteViolationProbability();
  }

  @Override
  public String name() {
    return "high_risk_route";
  }

  @Override
  public void observe(Declaration d, Tally tally) {
    if (d.shipment().route().connects(ROUTE.origin(), ROUTE.destination())) {
      tally.increment(Tally.Count.HIGH_RISK_ROUTE_DECLARATIONS);
      if (d.inspected()) {
        tally.increment(Tally.Count.HIGH_RISK_ROUTE_INSPECTIONS);
      }
      if (d.violation()) {
        tally.increment(Tally.Count.HIGH_RISK_ROUTE_VIOLATIONS);
      }
    }
  }

  @Override
  public void plant(MonthWork work) {
    SplittableRandom rng = work.signalRandom();
    Traders traders = world.traders();
    for (long i = 0; i < perMonth[work.monthIndex()]; i++) {
      int trader = world.plantedTrader(World.PlantedRole.HIGH_RISK_ROUTE_TRADERS,
          rng.nextInt(World.PlantedRole.HIGH_RISK_ROUTE_TRADERS.size()));
      Shipment shipment = ShipmentFactory.create(rng, work.randomDay(rng), ROUTE, Ports.onRoute(rng, ROUTE),
          traders.id(trader), 1.0, ROUTE.coverProbability());
      ControlType control = rng.nextDouble() < 0.15 ? ControlType.INTELLIGENCE : ControlType.RISK_TARGETED;
      InspectionResult result = rng.nextDouble() < hitRate ? InspectionResult.VIOLATION : InspectionResult.COMPLIANT;
      Declaration d = new Declaration(work.nextDeclarationId(), shipment, "", control, result);
      work.write(d);
      work.tally().increment(Tally.Count.HIGH_RISK_ROUTE_ADDED_DECLARATIONS);
      if (d.violation()) {
        work.maybeSeize(rng, d);
      }
    }
  }

  @Override
  public void describe(ObjectNode node, Tally tally) {
    node.put("origin_country", ROUTE.origin());
    node.put("destination_country", ROUTE.destination());
    node.put("added_declarations", tally.get(Tally.Count.HIGH_RISK_ROUTE_ADDED_DECLARATIONS));
    node.put("declarations", tally.get(Tally.Count.HIGH_RISK_ROUTE_DECLARATIONS));
    Truths.hitRate(node, tally.get(Tally.Count.HIGH_RISK_ROUTE_INSPECTIONS),
        tally.get(Tally.Count.HIGH_RISK_ROUTE_VIOLATIONS));
    Truths.overallHitRate(node, tally);
    node.put("story", "E-waste hidden in used-clothing and household-goods consignments, Antwerp to Tema.");
  }
}
