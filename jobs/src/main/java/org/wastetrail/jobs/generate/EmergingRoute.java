package org.wastetrail.jobs.generate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.SplittableRandom;

/**
 * A lane that did not exist and then runs steadily: plastic waste from Korea to the Philippines (Busan to Manila), with
 * no declaration or seizure at all before its first quarter.
 */
final class EmergingRoute implements PlantedSignal {

  static final Route ROUTE =
      new Route("KR-PH", WasteCategory.PLASTIC, new double[] {0, 0, 0}, 1.3, 0.1, new Cover[] {Cover.RAW_MATERIALS});

  private final World world;
  private final SignalSizes sizes;
  private final YearMonth firstMonth;
  private final LocalDate firstDay;

  /** Starts in the quarter about 55% of the way through the period, with at least one month before it. */
  EmergingRoute(World world, SignalSizes sizes) {
    this.world = world;
    this.sizes = sizes;
    YearMonth m = world.months().get(Truths.monthAt(world.months(), 0.55));
    YearMonth quarterStart = m.minusMonths((m.getMonthValue() - 1) % 3);
    if (!quarterStart.isAfter(world.months().get(0))) {
      quarterStart = quarterStart.plusMonths(3);
    }
    this.firstMonth = quarterStart;
    this.firstDay = quarterStart.atDay(1);
  }

  @Override
  public String name() {
    return "emerging_route";
  }

  @Override
  public void observe(Declaration d, Tally tally) {
    if (d.shipment().route().connects(ROUTE.origin(), ROUTE.destination())) {
      tally.increment(Tally.Count.EMERGING_DECLARATIONS);
      seen(d.shipment().date(), tally);
    }
  }

  @Override
  public void observe(Seizure s, Tally tally) {
    if (s.origin().equals(ROUTE.origin()) && s.destination().equals(ROUTE.destination())) {
      tally.increment(Tally.Count.EMERGING_SEIZURES);
      seen(s.date(), tally);
    }
  }

  private void seen(LocalDate date, Tally tally) {
    tally.seen(Tally.Earliest.EMERGING_RECORD, date);
    if (date.isBefore(firstDay)) {
      tally.increment(Tally.Count.EMERGING_RECORDS_BEFORE_START);
    }
  }

  @Override
  public void plant(MonthWork work) {
    if (work.month().isBefore(firstMonth)) {
      return;
    }
    SplittableRandom rng = work.signalRandom();
    long count = sizes.emergingPerMonth(world.declarationsIn(work.monthIndex()));
    Traders traders = world.traders();
    for (long i = 0; i < count; i++) {
      int trader = world.plantedTrader(World.PlantedRole.EMERGING_ROUTE_TRADERS,
          rng.nextInt(World.PlantedRole.EMERGING_ROUTE_TRADERS.size()));
      Shipment shipment = ShipmentFactory.create(rng, work.randomDay(rng), ROUTE, Ports.onRoute(rng, ROUTE),
          traders.id(trader), 1.0, ROUTE.coverProbability());
      Declaration d = ControlModel.declare(rng, work.nextDeclarationId(), shipment, "");
      work.write(d);
      if (d.violation()) {
        work.maybeSeize(rng, d);
      }
    }
  }

  @Override
  public void describe(ObjectNode node, Tally tally) {
    node.put("origin_country", ROUTE.origin());
    node.put("destination_country", ROUTE.destination());
    node.putArray("transit_countries");
    node.put("waste_category", ROUTE.category().name());
    node.put("first_quarter", Truths.quarter(firstMonth));
    node.put("first_month", firstMonth.toString());
    LocalDate first = tally.earliest(Tally.Earliest.EMERGING_RECORD);
    node.put("first_record_date", first == null ? null : first.toString());
    node.put("records_before_first_quarter", tally.get(Tally.Count.EMERGING_RECORDS_BEFORE_START));
    node.put("declarations", tally.get(Tally.Count.EMERGING_DECLARATIONS));
    node.put("seizures", tally.get(Tally.Count.EMERGING_SEIZURES));
    node.put("story", "Plastic waste from Busan to Manila, declared as plastic scrap or raw materials.");
  }
}
