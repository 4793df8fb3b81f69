package org.wastetrail.jobs.generate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.wastetrail.jobs.generate.Vocabulary.ControlType;
import org.wastetrail.jobs.generate.Vocabulary.InspectionResult;

/**
 * A trader seen once: one declaration, inspected, in violation. A raw hit rate of 100% on one inspection is what
 * shrinkage must not rank above the traders with real track records.
 */
final class SingleInspectionTrader implements PlantedSignal {

  private static final Route ROUTE = new Route("ES-TG", WasteCategory.E_WASTE, new double[] {0, 0, 0}, 1.3, 0,
      new Cover[0]);
  private static final String PORT = "ESVLC";

  private final World world;
  private final LocalDate date;
  private final String traderId;

  SingleInspectionTrader(World world) {
    this.world = world;
    this.date = world.months().get(Truths.monthAt(world.months(), 0.45)).atDay(15);
    this.traderId = world.traders().id(world.plantedTrader(World.PlantedRole.SINGLE_INSPECTION_TRADER, 0));
  }

  @Override
  public String name() {
    return "single_inspection_trader";
  }

  @Override
  public void observe(Declaration d, Tally tally) {
    if (d.shipment().traderId().equals(traderId)) {
      tally.increment(Tally.Count.SINGLE_TRADER_DECLARATIONS);
      if (d.inspected()) {
        tally.increment(Tally.Count.SINGLE_TRADER_INSPECTIONS);
      }
      if (d.violation()) {
        tally.increment(Tally.Count.SINGLE_TRADER_VIOLATIONS);
      }
    }
  }

  @Override
  public void plant(MonthWork work) {
    if (date.getYear() != work.month().getYear() || date.getMonthValue() != work.month().getMonthValue()) {
      return;
    }
    Shipment shipment =
        ShipmentFactory.create(work.signalRandom(), date, ROUTE, Ports.of(PORT), traderId, 1.0, 0);
    Declaration d = new Declaration(work.nextDeclarationId(), shipment, "", ControlType.RISK_TARGETED,
        InspectionResult.VIOLATION);
    work.write(d);
    Seizure s = world.seizures().fromDeclaration(work.signalRandom(), d);
    work.write(s);
    work.tally().record(Tally.Ids.SINGLE_INSPECTION_DECLARATIONS, d.id());
    work.tally().record(Tally.Ids.SINGLE_INSPECTION_SEIZURES, s.id());
  }

  @Override
  public void describe(ObjectNode node, Tally tally) {
    node.put("trader_id", traderId);
    node.put("declarations", tally.get(Tally.Count.SINGLE_TRADER_DECLARATIONS));
    Truths.hitRate(node, tally.get(Tally.Count.SINGLE_TRADER_INSPECTIONS),
        tally.get(Tally.Count.SINGLE_TRADER_VIOLATIONS));
    node.put("declaration_id", tally.ids(Tally.Ids.SINGLE_INSPECTION_DECLARATIONS).get(0));
    node.put("seizure_id", tally.ids(Tally.Ids.SINGLE_INSPECTION_SEIZURES).get(0));
  }
}
