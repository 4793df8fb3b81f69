package org.wastetrail.jobs.generate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates the base world's records of one month, day by day: the general trade on the lanes, the licensed scrap
 * imports, seizures on violations and intelligence-led seizures without a declaration.
 */
final class BaseMonth {

  /** Seizures without a declaration per declaration: intelligence-led cases, scanner hits, tip-offs. */
  private static final double UNLINKED_PER_DECLARATION = 0.0025;

  private final World world;

  BaseMonth(World world) {
    this.world = world;
  }

  void generate(MonthWork work) {
    YearMonth month = work.month();
    int monthIndex = work.monthIndex();
    double[] dayWeights = Volumes.dayWeights(month);
    LicenceBook book = world.licences();
    long[][] licensedPerDay = new long[book.licenceCount()][];
    long licensed = 0;
    for (int l = 0; l < licensedPerDay.length; l++) {
      int slots = book.slots(l, monthIndex);
      licensedPerDay[l] = Volumes.allocate(slots, dayWeights);
      licensed += slots;
    }
    long total = world.declarationsIn(monthIndex);
    if (licensed > total) {
      throw new IllegalStateException(month + ": " + licensed + " licensed imports but " + total + " declarations");
    }
    long[] generalPerDay = Volumes.allocate(total - licensed, dayWeights);
    long[] unlinkedPerDay = Volumes.allocate(Math.round(total * UNLINKED_PER_DECLARATION), dayWeights);
    RoutePicker trade = RoutePicker.byVolume(Routes.BASE, month.getYear());
    RoutePicker intelligence = RoutePicker.byRisk(Routes.BASE, month.getYear());
    SplittableRandom rng = work.baseRandom();
    for (int day = 0; day < dayWeights.length; day++) {
      LocalDate date = month.atDay(day + 1);
      for (long i = 0; i < generalPerDay[day]; i++) {
        generalTrade(work, rng, date, trade.pick(rng));
      }
      for (int l = 0; l < licensedPerDay.length; l++) {
        for (long i = 0; i < licensedPerDay[l][day]; i++) {
          licensedImport(work, rng, date, l);
        }
      }
      for (long i = 0; i < unlinkedPerDay[day]; i++) {
        Route route = Routes.BASE.get(intelligence.pick(rng));
        work.write(world.seizures().withoutDeclaration(
            rng, work.nextSeizureIdWithoutDeclaration(), date, route, Ports.onRoute(rng, route)));
      }
    }
    if (monthIndex == world.months().size() / 2) {
      bulkSlagCase(work, rng);
    }
  }

  private void generalTrade(MonthWork work, SplittableRandom rng, LocalDate date, int routeIndex) {
    Route route = Routes.BASE.get(routeIndex);
    Traders traders = world.traders();
    int trader = traders.pick(rng, routeIndex);
    Shipment shipment = ShipmentFactory.create(rng, date, route, Ports.onRoute(rng, route), traders.id(trader),
        traders.risk(trader), route.coverProbability());
    emit(work, rng, ControlModel.declare(rng, work.nextDeclarationId(), shipment, ""));
  }

  /** A licensed import quotes its holder's licence, at the licensed port or one of the holder's country. */
  private void licensedImport(MonthWork work, SplittableRandom rng, LocalDate date, int licenceIndex) {
    Licence licence = world.licences().licence(licenceIndex);
    LicenceBook.Holder holder = world.licences().holderOf(licenceIndex);
    Route lane = holder.lanes().get(rng.nextInt(holder.lanes().size()));
    Port port = licence.port().isEmpty() ? Ports.pick(rng, holder.country(), lane.origin()) : Ports.of(licence.port());
    Traders traders = world.traders();
    Shipment shipment = ShipmentFactory.licensedImport(rng, date, lane, port, licence.hsPrefix() + "00",
        licence.traderId(), traders.risk(holder.traderIndex()));
    emit(work, rng, ControlModel.declare(rng, work.nextDeclarationId(), shipment, licence.id()));
  }

  private void emit(MonthWork work, SplittableRandom rng, Declaration base) {
    work.writeBase(base);
    if (base.violation()) {
      work.maybeSeize(rng, base);
    }
  }

  /** One bulk carrier of slag in mid-period, as large as the cases that dominate Demeter tonnage. */
  private void bulkSlagCase(MonthWork work, SplittableRandom rng) {
    Route route = new Route("IT-TR", WasteCategory.SLAG_RESIDUES, new double[] {1, 1, 1}, 1.0, 0, new Cover[0]);
    LocalDate date = work.month().atDay(12);
    Seizure seizure = world.seizures().bulkCase(rng, work.nextSeizureIdWithoutDeclaration(), date, route,
        Ports.of("ITSPE"));
    work.write(seizure);
    work.tally().record(Tally.Ids.BULK_CASE_SEIZURES, seizure.id());
  }
}
