package org.wastetrail.jobs.generate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.wastetrail.jobs.generate.Vocabulary.ControlType;
import org.wastetrail.jobs.generate.Vocabulary.InspectionResult;

/**
 * Four licence breaches, each in exactly one declaration, against a base world with none: a quota exceeded by a known
 * weight, a licensed import with no licence, an expired licence quoted, and a licence used at a port it does not cover.
 */
final class LicenceCases implements PlantedSignal {

  private static final String QUOTA_PORT = "INNSA";
  private static final String EXPIRED_PORT = "PKKHI";
  private static final String LICENSED_PORT = "CNNGB";
  private static final String WRONG_PORT = "CNSHA";
  private static final String UNLICENSED_PORT = "CNTAO";
  private static final long GENEROUS_QUOTA = 200_000_000L;

  /** An import the signal writes: fixed date, lane, port, goods, weight, trader and licence quoted. */
  private record PlantedImport(
      Tally.Ids tag, LocalDate date, Route lane, String port, String hsCode, long grams, int trader, String licenceId) {}

  private final World world;
  private final SignalSizes sizes;
  private final Licence quotaLicence;
  private final Licence expiredLicence;
  private final Licence portLicence;
  private final List<PlantedImport> imports = new ArrayList<>();
  private final Map<Integer, Integer> numbersUsed = new HashMap<>();

  LicenceCases(World world, SignalSizes sizes) {
    this.world = world;
    this.sizes = sizes;
    List<YearMonth> months = world.months();
    int last = months.size() - 1;
    quotaLicence = quotaCase(months.get(Math.min(Truths.monthAt(months, 0.35), last - 2)));
    expiredLicence = expiredCase(months.get(Math.min(Truths.monthAt(months, 0.15), last - 3)));
    portLicence = wrongPortCase(months.get(Math.min(Truths.monthAt(months, 0.5), last - 5)));
    YearMonth unlicensed = months.get(Truths.monthAt(months, 0.65));
    imports.add(new PlantedImport(Tally.Ids.NO_LICENCE_DECLARATIONS, unlicensed.atDay(16), lane("US-CN"),
        UNLICENSED_PORT, HsCatalogue.ALUMINIUM_SCRAP + "00", 20_760_000L,
        world.plantedTrader(World.PlantedRole.UNLICENSED_IMPORTER, 0), ""));
    imports.sort((a, b) -> a.date().compareTo(b.date()));
  }

  /** Five imports spread over a three-month licence; the last one crosses the quota by the planted excess. */
  private Licence quotaCase(YearMonth start) {
    LocalDate from = start.atDay(1);
    LocalDate to = start.plusMonths(2).atEndOfMonth();
    int holder = world.plantedTrader(World.PlantedRole.QUOTA_HOLDER, 0);
    Licence licence = licence(holder, HsCatalogue.COPPER_SCRAP, sizes.quotaGrams(), from, to, "");
    List<Long> weights = new ArrayList<>(sizes.quotaUsesGrams());
    weights.add(sizes.quotaCrossingGrams());
    long span = to.toEpochDay() - from.toEpochDay();
    for (int i = 0; i < weights.size(); i++) {
      LocalDate date = from.plusDays(Math.round((i + 0.5) * span / weights.size()));
      imports.add(new PlantedImport(Tally.Ids.QUOTA_DECLARATIONS, date, lane("GB-IN"), QUOTA_PORT,
          HsCatalogue.COPPER_SCRAP + "00", weights.get(i), holder, licence.id()));
    }
    return licence;
  }

  /** Two imports inside a two-month licence, then one two months after it ran out, quoting it all the same. */
  private Licence expiredCase(YearMonth start) {
    int holder = world.plantedTrader(World.PlantedRole.EXPIRED_HOLDER, 0);
    Licence licence = licence(holder, HsCatalogue.ALUMINIUM_SCRAP, GENEROUS_QUOTA, start.atDay(1),
        start.plusMonths(1).atEndOfMonth(), "");
    String hs = HsCatalogue.ALUMINIUM_SCRAP + "00";
    imports.add(new PlantedImport(null, start.atDay(8), lane("AE-PK"), EXPIRED_PORT, hs, 18_420_000L, holder,
        licence.id()));
    imports.add(new PlantedImport(null, start.plusMonths(1).atDay(20), lane("AE-PK"), EXPIRED_PORT, hs, 21_005_500L,
        holder, licence.id()));
    imports.add(new PlantedImport(Tally.Ids.EXPIRED_LICENCE_DECLARATIONS, start.plusMonths(3).atDay(12),
        lane("AE-PK"), EXPIRED_PORT, hs, 19_730_000L, holder, licence.id()));
    return licence;
  }

  /** A licence for Ningbo only, used twice there and once at Shanghai. */
  private Licence wrongPortCase(YearMonth start) {
    int holder = world.plantedTrader(World.PlantedRole.WRONG_PORT_HOLDER, 0);
    Licence licence = licence(holder, HsCatalogue.COPPER_SCRAP, GENEROUS_QUOTA, start.atDay(1),
        start.plusMonths(5).atEndOfMonth(), LICENSED_PORT);
    String hs = HsCatalogue.COPPER_SCRAP + "00";
    imports.add(new PlantedImport(null, start.atDay(10), lane("JP-CN"), LICENSED_PORT, hs, 23_100_000L, holder,
        licence.id()));
    imports.add(new PlantedImport(null, start.plusMonths(2).atDay(14), lane("JP-CN"), LICENSED_PORT, hs, 22_480_000L,
        holder, licence.id()));
    imports.add(new PlantedImport(Tally.Ids.WRONG_PORT_DECLARATIONS, start.plusMonths(4).atDay(9), lane("JP-CN"),
        WRONG_PORT, hs, 24_015_000L, holder, licence.id()));
    return licence;
  }

  /** Planted licences are numbered after the base world's licences of their year, in the order made here. */
  private Licence licence(int holder, String prefix, long quota, LocalDate from, LocalDate to, String port) {
    int year = from.getYear();
    int number = numbersUsed.merge(year, 1, Integer::sum) + world.licences().issuedIn(year);
    return new Licence(Licence.id(year, number), world.traders().id(holder), prefix, quota, from, to, port);
  }

  private static Route lane(String path) {
    return new Route(path, WasteCategory.METAL_SCRAP, new double[] {1, 1, 1}, 0.7, 0, new Cover[0]);
  }

  @Override
  public String name() {
    return "licence_cases";
  }

  @Override
  public List<Licence> plantedLicences() {
    return List.of(quotaLicence, expiredLicence, portLicence);
  }

  /** Declared and document-checked: the breaches are for the licence analysis to find, not the inspectors. */
  @Override
  public void plant(MonthWork work) {
    SplittableRandom rng = work.signalRandom();
    Traders traders = world.traders();
    for (PlantedImport p : imports) {
      if (!YearMonth.from(p.date()).equals(work.month())) {
        continue;
      }
      Shipment shipment = ShipmentFactory.declaredImport(rng, p.date(), p.lane(), Ports.of(p.port()), p.hsCode(),
          p.grams(), traders.id(p.trader()), 1.0);
      Declaration d = new Declaration(work.nextDeclarationId(), shipment, p.licenceId(), ControlType.DOCUMENTARY,
          InspectionResult.NOT_INSPECTED);
      work.write(d);
      if (p.tag() != null) {
        work.tally().record(p.tag(), d.id());
      }
    }
  }

  @Override
  public void describe(ObjectNode node, Tally tally) {
    List<String> quotaIds = tally.ids(Tally.Ids.QUOTA_DECLARATIONS);
    ObjectNode quota = node.putObject("quota_exceeded");
    describeLicence(quota, quotaLicence);
    Truths.strings(quota, "declaration_ids", quotaIds);
    quota.put("used_kg", SignalSizes.kilograms(sizes.quotaGrams() + sizes.quotaExcessGrams()));
    quota.put("excess_kg", SignalSizes.kilograms(sizes.quotaExcessGrams()));
    quota.put("crossing_declaration_id", quotaIds.isEmpty() ? null : quotaIds.get(quotaIds.size() - 1));
    quota.put("crossing_declaration_kg", SignalSizes.kilograms(sizes.quotaCrossingGrams()));

    PlantedImport unlicensed = only(Tally.Ids.NO_LICENCE_DECLARATIONS);
    ObjectNode none = node.putObject("no_licence");
    none.put("declaration_id", single(tally, Tally.Ids.NO_LICENCE_DECLARATIONS));
    none.put("declaration_date", unlicensed.date().toString());
    none.put("trader_id", world.traders().id(unlicensed.trader()));
    none.put("hs_code", unlicensed.hsCode());
    none.put("port", unlicensed.port());

    ObjectNode expired = node.putObject("expired_licence");
    describeLicence(expired, expiredLicence);
    expired.put("declaration_id", single(tally, Tally.Ids.EXPIRED_LICENCE_DECLARATIONS));
    expired.put("declaration_date", only(Tally.Ids.EXPIRED_LICENCE_DECLARATIONS).date().toString());

    ObjectNode port = node.putObject("wrong_port");
    describeLicence(port, portLicence);
    port.put("declaration_id", single(tally, Tally.Ids.WRONG_PORT_DECLARATIONS));
    port.put("declaration_port", WRONG_PORT);
  }

  private static void describeLicence(ObjectNode node, Licence l) {
    node.put("licence_id", l.id());
    node.put("trader_id", l.traderId());
    node.put("hs_prefix", l.hsPrefix());
    node.put("quota_kg", SignalSizes.kilograms(l.quotaGrams()));
    node.put("valid_from", l.validFrom().toString());
    node.put("valid_to", l.validTo().toString());
    node.put("licence_port", l.port());
  }

  private PlantedImport only(Tally.Ids tag) {
    return imports.stream().filter(p -> p.tag() == tag).findFirst().orElseThrow();
  }

  private static String single(Tally tally, Tally.Ids tag) {
    List<String> ids = tally.ids(tag);
    return ids.isEmpty() ? null : ids.get(0);
  }
}
