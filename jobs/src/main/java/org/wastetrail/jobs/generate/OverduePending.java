package org.wastetrail.jobs.generate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Seizures left pending long after the 90 days by which a case should have an outcome: the base world leaves only
 * recent cases pending, so these are the only overdue ones.
 */
final class OverduePending implements PlantedSignal {

  static final int THRESHOLD_DAYS = 90;

  /** Where the forgotten cases sit: ports no other signal touches. */
  private static final String[][] CASES = {
    {"NGAPP", "NL-NG", "E_WASTE"},
    {"CIABJ", "FR-CI", "TEXTILES"},
    {"KEMBA", "GB-KE", "TEXTILES"},
    {"PKKHI", "GB-PK", "METAL_SCRAP"},
    {"AEJEA", "US-AE-IN", "E_WASTE"},
  };

  private record Case(LocalDate date, Route route, Port port) {}

  private final World world;
  private final List<Case> cases = new ArrayList<>();

  /** Spread over the period up to the minimum age before its end. */
  OverduePending(World world, SignalSizes sizes) {
    this.world = world;
    LocalDate first = world.firstDate();
    LocalDate latest = world.lastDate().minusDays(sizes.overdueMinimumAgeDays());
    long span = latest.toEpochDay() - first.toEpochDay();
    int n = sizes.overdueCases();
    for (int k = 0; k < n; k++) {
      String[] c = CASES[k % CASES.length];
      LocalDate date = first.plusDays(Math.round((k + 0.5) * span / n));
      Route route = new Route(c[1], WasteCategory.valueOf(c[2]), new double[] {1, 1, 1}, 1.0, 0, new Cover[0]);
      cases.add(new Case(date, route, Ports.of(c[0])));
    }
  }

  @Override
  public String name() {
    return "overdue_pending";
  }

  @Override
  public void plant(MonthWork work) {
    for (Case c : cases) {
      if (YearMonth.from(c.date()).equals(work.month())) {
        Seizure s = world.seizures()
            .withoutDeclaration(work.signalRandom(), work.nextSeizureIdWithoutDeclaration(), c.date(), c.route(),
                c.port())
            .pending();
        work.write(s);
        work.tally().record(Tally.Ids.OVERDUE_SEIZURES, s.id());
      }
    }
  }

  @Override
  public void describe(ObjectNode node, Tally tally) {
    node.put("threshold_days", THRESHOLD_DAYS);
    node.put("last_date", world.lastDate().toString());
    List<String> ids = tally.ids(Tally.Ids.OVERDUE_SEIZURES);
    Truths.strings(node, "seizure_ids", ids);
    for (int i = 0; i < ids.size(); i++) {
      Case c = cases.get(i);
      ObjectNode item = node.withArray("cases").addObject();
      item.put("seizure_id", ids.get(i));
      item.put("seizure_date", c.date().toString());
      item.put("port", c.port().locode());
      item.put("days_pending_at_last_date", ChronoUnit.DAYS.between(c.date(), world.lastDate()));
    }
  }
}
